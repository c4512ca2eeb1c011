import { describe, expect, it } from "vitest";
import {
  emailSchema,
  httpUrlSchema,
  singleLine,
  timeZoneSchema,
} from "../../../../shared/api/field-schemas.js";

describe("field schemas", () => {
  it("stores a time zone as the runtime spells it, and refuses unknown ones", () => {
    expect(timeZoneSchema.parse("america/new_york")).toBe("America/New_York");
    expect(timeZoneSchema.parse("Europe/London")).toBe("Europe/London");
    expect(timeZoneSchema.safeParse("Mars/Olympus_Mons").success).toBe(false);
    expect(timeZoneSchema.safeParse("").success).toBe(false);
  });

  it("refuses line breaks and control characters in single-line fields and emails", () => {
    expect(singleLine(50).safeParse("Dana\r\nBcc: x@evil.example").success).toBe(false);
    expect(singleLine(50).safeParse("Dana\u0007").success).toBe(false);
    expect(singleLine(50).parse("  Zoë Ñúñez  ")).toBe("Zoë Ñúñez");
    expect(emailSchema.safeParse("dana@acme.example\r\n").success).toBe(false);
  });

  it("refuses a URL with a line break or a tab instead of storing it with them dropped", () => {
    for (const url of [
      "https://a.example/\r\nBcc: x@y.example",
      "https://a.example/\tx",
      "https://a.\nexample/",
    ]) {
      expect(
        httpUrlSchema.safeParse(url).error?.issues.map((i) => i.message),
        url,
      ).toEqual(["must not contain line breaks or control characters"]);
    }
    expect(httpUrlSchema.parse("https://a.example/jobs?id=1")).toBe("https://a.example/jobs?id=1");
    expect(httpUrlSchema.safeParse("javascript:alert(1)").success).toBe(false);
  });

  it.each([
    ["a right-to-left override", "Sam\u202eeeL"],
    ["a left-to-right embedding", "\u202aSam"],
    ["a pop directional formatting", "Sam\u202c"],
    ["a first-strong isolate", "Sam \u2068Lee\u2069"],
    ["a right-to-left isolate", "\u2067Sam"],
    ["a zero-width space", "Sa\u200bm"],
    ["a zero-width joiner", "Sam\u200d"],
    ["a zero-width joiner between letters", "S\u200dam"],
    ["a zero-width non-joiner", "Sa\u200cm"],
    ["a word joiner", "Sam\u2060Lee"],
    ["a byte-order mark", "Sa\ufeffm"],
    ["a lone high surrogate", "Sam\ud800"],
    ["a lone low surrogate", "\udc00Sam"],
    ["a reversed pair", "Sam\udc00\ud800"],
  ])("refuses %s in a single-line field, saying why", (_, value) => {
    const result = singleLine(50).safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join(" ")).toMatch(/bidi|zero-width|surrogate/);
  });

  it("keeps real text from any script, emoji included", () => {
    for (const name of ["José Núñez", "שרה כהן", "محمد علي", "李小龙", "Ana 👩🏽‍💻", "Zoë O'Brien-Smith"]) {
      expect(singleLine(50).parse(name)).toBe(name);
    }
  });

  it.each([
    ["SystemV/EST5"],
    ["SystemV/AST4ADT"],
    ["Etc/GMT+5"],
    ["EST5EDT"],
    ["EST"],
    ["US/Eastern"],
    ["Japan"],
    ["America/Gotham"],
    ["Africa/../Europe/London"],
  ])("refuses %s, which is no canonical IANA zone of a place", (zone) => {
    expect(timeZoneSchema.safeParse(zone).success).toBe(false);
  });

  it.each([
    ["Asia/Kolkata"],
    ["Asia/Calcutta"],
    ["America/Argentina/Buenos_Aires"],
    ["Europe/Kyiv"],
    ["UTC"],
    ["Etc/UTC"],
    ["Antarctica/Troll"],
  ])("accepts %s, a canonical zone or an alias of one", (zone) => {
    expect(timeZoneSchema.safeParse(zone).success).toBe(true);
  });
});
