import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { zodIssues } from "../../../../shared/errors/zod-issues.js";

/** The problem zod's first issue reads as, through the error map zod-issues.ts sets. */
function problemOf(schema: z.ZodMiniType, value: unknown): string | undefined {
  const result = z.safeParse(schema, value, { reportInput: true });
  if (result.success) throw new Error(`expected ${JSON.stringify(value)} to fail`);
  return zodIssues(result.error)[0]?.problem;
}

describe("issueMessage: what a field's problem reads when its schema words none", () => {
  it.each([
    ["a wrong type, naming both types", z.string(), 42, "must be a string, not a number"],
    ["an array where an object goes", z.object({}), [], "must be an object, not an array"],
    ["null where a number goes", z.number(), null, "must be a number, not null"],
    // JSON.parse reads 1e400 as Infinity: "not a number" would contradict itself.
    ["an overflowing number", z.number(), Number.POSITIVE_INFINITY, "must be a finite number, not Infinity"],
    ["a negative overflow", z.int(), Number.NEGATIVE_INFINITY, "must be a finite number, not -Infinity"],
    ["a fraction where an integer goes", z.int(), 1.5, "must be an integer, not a number"],
    ["a missing value", z.object({ a: z.string() }), {}, "is required"],
    ["an option out of an enum", z.enum(["send", "remind"]), "spam", 'must be one of "send", "remind"'],
    ["a literal", z.literal("k"), "q", 'must be "k"'],
    ["a number over its maximum", z.number().check(z.maximum(3)), 9, "must be at most 3"],
    ["a number under an exclusive minimum", z.number().check(z.gt(0)), 0, "must be more than 0"],
    ["an empty list that needs one item", z.array(z.string()).check(z.minLength(1)), [], "must not be empty"],
    ["an empty text that needs one character", z.string().check(z.minLength(1)), "", "must not be empty"],
    ["a text too long", z.string().check(z.maxLength(2)), "abc", "must have at most 2 characters"],
    [
      "a text of one allowed character",
      z.string().check(z.maxLength(1)),
      "ab",
      "must have at most 1 character",
    ],
    ["a list too long", z.array(z.number()).check(z.maxLength(2)), [1, 2, 3], "must have at most 2 items"],
    ["a text of an exact length", z.string().check(z.length(4)), "abc", "must have exactly 4 characters"],
    ["an email", z.email(), "nope", "must be an email address"],
    ["an ISO date", z.iso.date(), "2026-13-01", "must be an ISO 8601 date (YYYY-MM-DD)"],
    ["a pattern", z.string().check(z.regex(/^a+$/)), "b", "must match the pattern /^a+$/"],
    ["a multiple", z.number().check(z.multipleOf(5)), 7, "must be a multiple of 5"],
    ["a union", z.union([z.string(), z.number()]), true, "matches none of the allowed forms"],
  ])("%s", (_, schema, value, problem) => {
    expect(problemOf(schema as z.ZodMiniType, value)).toBe(problem);
  });

  it("leaves a schema's own words alone", () => {
    expect(problemOf(z.string().check(z.minLength(3, "must be 3 letters or more")), "ab")).toBe(
      "must be 3 letters or more",
    );
  });
});
