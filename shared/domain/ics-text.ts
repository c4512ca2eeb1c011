/**
 * The small part of RFC 5545 a feed needs: TEXT values escaped (3.3.11), content lines folded at 75 octets
 * without splitting a UTF-8 character (3.1), UTC date-times (3.3.5). Pure: no I/O.
 */

/** A TEXT value: backslash, semicolon, comma and line breaks escaped; other control characters dropped. */
export function icsText(value: string): string {
  return (
    value
      .replace(/\r\n?/g, "\n")
      // Control characters (but the line feed) have no place in a TEXT value (RFC 5545 3.3.11).
      // biome-ignore lint/suspicious/noControlCharactersInRegex: that is the point of this pattern
      .replace(/[\u0000-\u0009\u000B-\u001F\u007F]/g, "")
      .replace(/\\/g, "\\\\")
      .replace(/;/g, "\\;")
      .replace(/,/g, "\\,")
      .replace(/\n/g, "\\n")
  );
}

const MAX_OCTETS = 75;

/** One content line, folded: no physical line longer than 75 octets, continuation lines start with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = utf8Octets(char);
    // Continuation lines carry a leading space, which counts toward their 75 octets.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

function utf8Octets(char: string): number {
  const cp = char.codePointAt(0) ?? 0;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/** `20261202T140000Z`: a UTC DATE-TIME, to the second. */
export function icsUtc(at: Date): string {
  return at
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}Z$/, "Z");
}

/** Lines joined as RFC 5545 wants them: each folded, each ended by CRLF. */
export function icsDocument(lines: readonly string[]): string {
  return lines.map((l) => `${foldLine(l)}\r\n`).join("");
}
