/**
 * The page an email's unsubscribe link opens in a browser. No user data in it, so nothing to escape; the
 * form posts back to the same URL (the one-click route).
 */
export const UNSUBSCRIBE_PAGE_HTML = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Unsubscribe</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 32rem; margin: 4rem auto; padding: 0 1rem">
<h1 style="font-size: 1.4rem">Stop these follow-up emails?</h1>
<p>You received a follow-up sent on a job candidate's behalf. Confirm, and no more follow-ups from this
candidate will be sent to your address.</p>
<form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click">
<button type="submit" style="font-size: 1rem; padding: .5rem 1rem">Unsubscribe</button></form>
</body>
</html>
`;

/** What a person who pressed the page's button reads (plain text). */
export const UNSUBSCRIBE_CONFIRMATION =
  "You are unsubscribed: no more follow-ups will be sent to this address.\n";
