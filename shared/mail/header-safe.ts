// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL_RUNS = /[\s\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
const NOT_PRINTABLE_ASCII = /[^ -~]+/g;
// Bidi embeddings, overrides and isolates: they reorder everything after them on the line, so a sender's
// name holding U+202E turned the address after it in a forward's warning backwards.
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * A subject or display name that cannot break out of its header: CR, LF and every other control
 * character collapse to one space, and bidi embeddings, overrides and isolates are dropped (one in a
 * name would reorder the text after it). The API already refuses them; this is the last line of defence
 * for data that got in some other way, and the only one for names and subjects from inbound mail.
 */
export function singleLineText(value: string): string {
  return value.replace(BIDI_CONTROLS, "").replace(CONTROL_RUNS, " ").trim();
}

/**
 * A custom header value as SES accepts it (printable ASCII, at most 870 characters, see the SES v2
 * MessageHeader reference): anything else is collapsed to a space.
 */
export function headerValue(value: string): string {
  return value.replace(NOT_PRINTABLE_ASCII, " ").replace(/ {2,}/g, " ").trim().slice(0, 870);
}

export const MAX_SUBJECT_CHARS = 200;

/**
 * Caps a subject at a length mail clients still show whole-ish, cutting between user-perceived
 * characters (never inside an emoji or an accented letter) and marking the cut with an ellipsis.
 */
export function capSubject(subject: string, max = MAX_SUBJECT_CHARS): string {
  const clean = singleLineText(subject);
  if (clean.length <= max) return clean;
  let out = "";
  for (const { segment } of new Intl.Segmenter("en", { granularity: "grapheme" }).segment(clean)) {
    if (out.length + segment.length > max - 1) break;
    out += segment;
  }
  return `${out.trimEnd()}…`;
}
