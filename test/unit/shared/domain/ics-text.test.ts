import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldLine, icsDocument, icsText, icsUtc } from "../../../../shared/domain/ics-text.js";

const octets = (s: string) => Buffer.byteLength(s, "utf8");
const unfold = (s: string) => s.replace(/\r\n[ \t]/g, "");
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("icsText", () => {
  it("escapes backslash, semicolon, comma and line breaks as RFC 5545 3.3.11 says", () => {
    expect(icsText("a\\b;c,d\ne\r\nf\rg")).toBe("a\\\\b\\;c\\,d\\ne\\nf\\ng");
  });

  it("drops control characters, which a TEXT value cannot hold", () => {
    expect(icsText("tab\there\u0000\u001b[31m\u007f")).toBe("tabhere[31m");
  });
});

describe("foldLine", () => {
  it("leaves a line of 75 octets alone and folds the 76th onto a continuation line", () => {
    expect(foldLine("x".repeat(75))).toBe("x".repeat(75));
    expect(foldLine("x".repeat(76))).toBe(`${"x".repeat(75)}\r\n x`);
  });

  it("never splits a multi-byte character, and no physical line passes 75 octets (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (text) => {
        const line = `SUMMARY:${icsText(text)}`;
        const folded = foldLine(line);
        expect(unfold(folded)).toBe(line);
        for (const physical of folded.split("\r\n")) {
          expect(octets(physical)).toBeLessThanOrEqual(75);
          // A split character would leave half a surrogate pair (the input may hold U+FFFD itself).
          expect(physical).not.toMatch(LONE_SURROGATE);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe("icsUtc and icsDocument", () => {
  it("writes a UTC DATE-TIME to the second", () => {
    expect(icsUtc(new Date("2026-12-02T14:30:05.250Z"))).toBe("20261202T143005Z");
  });

  it("ends every line with CRLF", () => {
    expect(icsDocument(["BEGIN:VCALENDAR", "END:VCALENDAR"])).toBe("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
  });
});
