/**
 * Checks on a raw message made before any MIME parsing, on bytes: where its header block ends, whether that
 * block looks like RFC 5322 header fields, and how many body lines could be MIME boundaries.
 */

const FIELD_LINE = /^[!-9;-~]+[ \t]*:/;
const KNOWN_FIELDS =
  /^(from|to|cc|subject|date|message-id|received|return-path|mime-version|content-type|delivered-to|sender|reply-to|x-[a-z0-9-]+)$/;

/** Where the header block ends (index of the blank line), or -1 when it never does. */
export function headerEnd(raw: Buffer, start: number): number {
  const lf = raw.indexOf("\n\n", start, "latin1");
  const crlf = raw.indexOf("\r\n\r\n", start, "latin1");
  if (lf < 0) return crlf;
  if (crlf < 0) return lf;
  return Math.min(lf, crlf);
}

/** How many lines of the body start with "--", up to one more than `limit`. */
export function boundaryLines(raw: Buffer, from: number, limit: number): number {
  let count = 0;
  for (
    let i = raw.indexOf("\n--", from, "latin1");
    i >= 0 && count <= limit;
    i = raw.indexOf("\n--", i + 3, "latin1")
  )
    count++;
  return count;
}

/** Why this is not an RFC 5322 message, or undefined when its header block looks like one. */
export function checkHead(head: string): string | undefined {
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    // Binary junk: NUL and the C0 controls other than tab, LF and CR never belong in a header.
    if (c < 0x20 ? c !== 0x09 && c !== 0x0a && c !== 0x0d : c === 0x7f) {
      return "not a MIME message: control characters in the header block";
    }
  }
  const lines = head.split(/\r?\n/).filter((l) => l !== "");
  const first = lines[0] ?? "";
  if (!FIELD_LINE.test(first)) return "not a MIME message: the first line is not a header field";
  let bad = 0;
  let known = 0;
  for (const line of lines) {
    if (/^[ \t]/.test(line)) continue;
    if (!FIELD_LINE.test(line)) bad++;
    else if (KNOWN_FIELDS.test(line.slice(0, line.indexOf(":")).trim().toLowerCase())) known++;
  }
  if (bad > 0) return `not a MIME message: ${bad} malformed header line(s)`;
  if (known === 0) return "not a MIME message: no standard header field";
  return undefined;
}
