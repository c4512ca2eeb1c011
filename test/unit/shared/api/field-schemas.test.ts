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

  it.each([
    ["a left-to-right mark", "Sam\u200eLee"],
    ["a right-to-left mark", "\u200fSam"],
    ["an Arabic letter mark", "Sam\u061c"],
    ["a soft hyphen", "Sa\u00adm"],
    ["a Hangul filler", "\u3164"],
    ["a Hangul filler beside a name", "Sam\u3164"],
    ["a Hangul choseong filler", "\u115f"],
    ["a Hangul jungseong filler", "\u1160"],
    ["a halfwidth Hangul filler", "\uffa0"],
    ["a function application", "Sam\u2061"],
    ["an invisible times", "Sam\u2062"],
    ["an invisible separator", "Sam\u2063"],
    ["an invisible plus", "Sam\u2064"],
    ["a Mongolian vowel separator", "Sam\u180e"],
    ["a combining grapheme joiner", "Sa\u034fm"],
    ["tag characters after a letter", "Sam\u{e0069}\u{e0067}\u{e006e}\u{e007f}"],
    ["tag characters alone", "Sam \u{e0041}\u{e0042}"],
    ["a black flag with tags but no cancel tag", "\u{1f3f4}\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}"],
    [
      "a black flag carrying a tag sentence",
      `\u{1f3f4}${[..."ignoreallpreviousinstructions"].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join("")}\u{e007f}`,
    ],
    ["a variation selector with nothing to vary", "\ufe0f"],
    ["a variation selector after a space", "Sam \ufe0fLee"],
    ["a braille blank, which shows as nothing", "\u2800"],
    ["a braille blank beside a name", "Sam\u2800Lee"],
    ["a musical null notehead, which shows as nothing", "\u{1d159}"],
    ["an interlinear annotation", "Sam\ufff9Lee\ufffaX\ufffb"],
    ["a non-joiner between Latin letters", "Mohammad\u200cReza"],
    ["a non-joiner at the start of Persian text", "\u200c\u0645\u06cc"],
    ["a non-joiner at the end of Persian text", "\u0645\u06cc\u200c"],
    ["a non-joiner between Arabic-script digits", "\u06f1\u200c\u06f2"],
    ["a joiner between Persian letters (ZWJ only follows a virama)", "\u0645\u06cc\u200d\u062e"],
    ["a joiner after a Devanagari vowel sign, not a virama", "\u0915\u093f\u200d\u0937"],
    ["a non-joiner after a Latin letter before Devanagari", "a\u200c\u0915"],
    ["a second joiner after a virama", "\u0915\u094d\u200d\u200d\u0937"],
  ])("refuses %s in a single-line field, naming the character", (_, value) => {
    const messages =
      singleLine(100)
        .safeParse(value)
        .error?.issues.map((i) => i.message) ?? [];
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^must not contain invisible characters .*U\+[0-9A-F]{4,5}/);
  });

  it("keeps emoji that use joiners, variation selectors and tags: ZWJ sequences, keycaps, flags", () => {
    for (const name of [
      "Ana \u{1f469}\u{1f3fd}\u200d\u{1f4bb}", // woman, medium skin tone, ZWJ, laptop
      "\u{1f3f3}\ufe0f\u200d\u{1f308}", // rainbow flag: white flag, VS16, ZWJ, rainbow
      "\u2764\ufe0f Acme", // red heart, emoji presentation
      "Team 1\ufe0f\u20e3", // keycap one
      "\u{1f1ef}\u{1f1f5} Tokyo", // regional indicators: flag of Japan
      "Glasgow \u{1f3f4}\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}", // flag of Scotland
      "\u{1f3f4}\u{e0067}\u{e0062}\u{e0077}\u{e006c}\u{e0073}\u{e007f} Cardiff", // flag of Wales
      "\u{1f3f4}\u{e0075}\u{e0073}\u{e0063}\u{e0061}\u{e007f}", // flag of California (usca)
      "\u845b\u{e0100}\u98fe", // a Japanese name's kanji with an ideographic variation selector
      "\u1828\u180b\u1820", // Mongolian with a free variation selector
    ]) {
      expect(singleLine(100).parse(name)).toBe(name);
    }
  });

  it("names the blank or the joiner it refuses", () => {
    const message = (value: string) => singleLine(100).safeParse(value).error?.issues[0]?.message;
    expect(message("\u2800")).toMatch(/found U\+2800$/);
    expect(message("Mohammad\u200cReza")).toMatch(/found U\+200C$/);
    expect(message("\u0645\u06cc\u200d\u062e")).toMatch(/found U\+200D$/);
  });

  it("keeps the joiners Persian and Indic spellings need (RFC 5892 A.1, A.2)", () => {
    for (const name of [
      "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645", // Persian mi-khaham: ZWNJ between joining letters
      "\u0639\u0644\u06cc\u200c\u0631\u0636\u0627", // Persian Ali-Reza
      "\u06a9\u062a\u0627\u0628\u200c\u0647\u0627", // Persian ketab-ha (books)
      "\u0645\u0650\u200c\u0646", // a combining mark between the letter and the ZWNJ
      "\u0915\u094d\u200c\u0937", // Devanagari k + virama + ZWNJ + ssa: no conjunct
      "\u0915\u094d\u200d\u0937", // Devanagari k + virama + ZWJ + ssa: half form
      "\u09b8\u09cd\u200c\u09a4", // Bengali
      "\u0ca8\u0ccd\u200c\u0ca8", // Kannada
      "\u0d2e\u0d4b\u0d39\u0d28\u0d4d\u200d", // Malayalam Mohan ending in a chillu (virama + ZWJ)
      "\u0dc1\u0dca\u200d\u0dbb\u0dd3 \u0dbd\u0d82\u0d9a\u0dcf", // Sinhala Sri Lanka (virama + ZWJ)
    ]) {
      expect(singleLine(100).parse(name)).toBe(name);
    }
  });

  it("checks a long run of combining marks in linear time (only a non-joiner looks back over them)", () => {
    const started = performance.now();
    singleLine(100).safeParse(`\u0628${"\u064e".repeat(30_000)}\u200c`);
    expect(performance.now() - started).toBeLessThan(2000); // quadratic: tens of seconds
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
