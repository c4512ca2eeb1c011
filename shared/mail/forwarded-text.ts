/**
 * At most this many characters of a message are forwarded to the candidate: a reply may be 10 MiB of
 * text (MAX_INBOUND_BYTES), and its forward, as text and HTML (escaping can make the HTML several times the
 * text) and then base64, would be refused by SES and so lost.
 */
export const MAX_FORWARDED_CHARS = 20_000;

/** The most characters of a sender's display name shown in a forward (the subject is capped on its own). */
export const MAX_FORWARDED_NAME_CHARS = 200;

/**
 * A message's text as a forward carries it: whole when it fits, else its first MAX_FORWARDED_CHARS (never
 * splitting a surrogate pair) and a line saying it was cut and where the whole message is (the raw mail
 * SES stored: README, "Configuration").
 */
export function forwardedText(text: string, messageId?: string | undefined): string {
  const body = text.trim();
  if (body.length <= MAX_FORWARDED_CHARS) return body;
  let end = MAX_FORWARDED_CHARS;
  const last = body.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  const size = body.length.toLocaleString("en-US");
  const shown = MAX_FORWARDED_CHARS.toLocaleString("en-US");
  const which = messageId ? ` (Message-ID ${messageId})` : "";
  return `${body.slice(0, end)}\n[...]\n\n[Cut: the message is ${size} characters long; only the first ${shown} are shown here. The whole message${which} is kept in the service's raw inbound mail store for the days its operator keeps raw mail (30 by default).]`;
}
