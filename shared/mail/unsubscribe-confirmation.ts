/** What a contact who pressed the unsubscribe page's button reads in the browser. */
export const UNSUBSCRIBE_CONFIRMATION =
  "You are unsubscribed: no more follow-ups will be sent to this address.\n";
