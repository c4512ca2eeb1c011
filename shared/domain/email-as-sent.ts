/** How many characters of a sent email's text a step keeps: the whole interview is one item (400 KB). */
export const MAX_STORED_SENT_TEXT = 4000;

/** What went out for a step, as handed to the mail provider: shown in the timeline. */
export interface EmailAsSent {
  /** The recipients' addresses, comma-separated. */
  to: string;
  subject: string;
  /** The plain-text body, cut to `MAX_STORED_SENT_TEXT` characters. */
  text: string;
  /** Present when `text` was cut. */
  truncated?: true;
}

/** The bounded record of an email as sent: its recipients, subject and (at most `max` characters of) text. */
export function emailAsSent(
  email: { to: readonly { email: string }[]; subject: string; text: string },
  max: number = MAX_STORED_SENT_TEXT,
): EmailAsSent {
  const to = email.to.map((a) => a.email).join(", ");
  if (email.text.length <= max) return { to, subject: email.subject, text: email.text };
  let cut = email.text.slice(0, max);
  // Never keep half of a surrogate pair (an emoji cut in two).
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return { to, subject: email.subject, text: cut, truncated: true };
}
