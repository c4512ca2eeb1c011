import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { httpUrlSchema, wellFormed } from "../../../../shared/api/field-schemas.js";
import { invisibleCharacterIn } from "../../../../shared/api/invisible-character.js";
import "../../../../shared/errors/zod-issues.js";

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** The oracle: httpUrlSchema as it was before (session 23), with zod's own url check. */
const withZodUrl = z.string().check(
  z.refine((s) => !CONTROL_CHARS.test(s), "must not contain line breaks or control characters"),
  z.superRefine((s, ctx) => {
    const found = invisibleCharacterIn(s);
    if (found)
      ctx.addIssue({
        code: "custom",
        input: s,
        message: `must not contain invisible characters (bidi marks, zero-width, soft hyphens, fillers, blanks, tags): found ${found}`,
      });
  }),
  wellFormed(),
  z.url({ protocol: /^https?$/, message: "must be an http(s) URL" }),
  z.maxLength(500, "must be at most 500 characters"),
);

const answer = (schema: z.ZodMiniType, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? { value: r.data } : { problems: r.error.issues.map((i) => [i.path, i.message]) };
};

const piece = fc.constantFrom(
  "http://",
  "https://",
  "HTTPS://",
  "ftp://",
  "javascript:",
  "mailto:a@b",
  "a.example",
  "/path",
  "?q=1",
  "#x",
  ":8080",
  "[::1]",
  "user@",
  " ",
  "\t",
  "\n",
  "\r",
  "\u00a0",
  "\ufeff",
  "\u202e",
  "\u2028",
  "%",
  "\\",
  "é",
  "😀",
  "\ud800",
  "",
);
const urlLike = fc.oneof(
  fc.array(piece, { maxLength: 8 }).map((parts) => parts.join("")),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc
    .tuple(fc.constantFrom("", " ", "  \n", "\t"), fc.webUrl(), fc.constantFrom("", " ", "\t", "\u00a0"))
    .map((parts) => parts.join("")),
  // Around the 500 limit, where trimming decides.
  fc
    .tuple(fc.constantFrom("https://a.example/", "ftp://a/", "x"), fc.integer({ min: 470, max: 520 }), piece)
    .map(([start, n, end]) => `${start}${"a".repeat(n - start.length)}${end}`),
);

describe("httpUrlSchema against zod's url check", () => {
  it("gives the same value or the same problems for any text", () => {
    let accepted = 0;
    fc.assert(
      fc.property(urlLike, (value) => {
        const expected = answer(withZodUrl, value);
        expect(answer(httpUrlSchema, value)).toEqual(expected);
        if ("value" in expected) accepted++;
      }),
      { numRuns: 10_000 },
    );
    expect(accepted).toBeGreaterThan(2_000);
  });

  it("stores a link trimmed, as zod's url check did, and counts its length after the trim", () => {
    expect(httpUrlSchema.parse("  https://a.example/x \u00a0")).toBe("https://a.example/x");
    const long = `https://a.example/${"a".repeat(482)}`;
    expect(httpUrlSchema.safeParse(`${long} `).success).toBe(true);
    expect(httpUrlSchema.safeParse(`${long}a `).success).toBe(false);
  });

  it("accepts a link with a non-ASCII host however often it is checked (URL.canParse's fast path did not)", () => {
    for (let i = 0; i < 20_000; i++)
      expect(httpUrlSchema.safeParse("http://\u00e9.example").success).toBe(true);
  });
});
