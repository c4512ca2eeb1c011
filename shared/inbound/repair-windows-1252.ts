// What windows-1252 puts at bytes 0x80-0x9F (WHATWG Encoding Standard, index-windows-1252); the five bytes it
// leaves undefined (81, 8D, 8F, 90, 9D) stay the C1 controls they are in Latin-1.
const C1_AS_WINDOWS_1252 =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

/**
 * Text decoded as windows-1252 (or Latin-1, which mail means by it) with its bytes 0x80-0x9F read as
 * windows-1252 characters: curly quotes, dashes, the euro sign. Node's TextDecoder (since 20.18.3 and 22.13.0,
 * nodejs/node#60888) decodes them as the C1 controls U+0080-U+009F, which no person writes and no mail text
 * means, so any of them in decoded text is such a byte: `We\u0092re` becomes `We’re`. HTML's numeric
 * references `&#146;` mean the same characters.
 */
export function repairWindows1252(text: string): string {
  return /[\u0080-\u009f]/.test(text)
    ? text.replace(/[\u0080-\u009f]/g, (c) => C1_AS_WINDOWS_1252.charAt(c.charCodeAt(0) - 0x80))
    : text;
}
