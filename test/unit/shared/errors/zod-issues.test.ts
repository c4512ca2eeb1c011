import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { issueLines, zodIssues } from "../../../../shared/errors/zod-issues.js";

const schema = z.strictObject({
  name: z.string().check(z.minLength(1, "must not be empty")),
  people: z.array(z.strictObject({ email: z.email("must be a valid email address") })),
});

function issuesOf(value: unknown, prefix?: string[]) {
  const result = schema.safeParse(value);
  if (result.success) throw new Error("expected a failure");
  return zodIssues(result.error, prefix);
}

describe("zodIssues", () => {
  it("says each field's problem once, though zod finds it twice (1e308 as a whole number)", () => {
    const count = z.strictObject({ days: z.int("must be a whole number").check(z.minimum(0), z.maximum(5)) });
    const result = z.safeParse(count, { days: 1e308 }, { reportInput: true });
    if (result.success) throw new Error("expected a failure");
    expect(result.error.issues.length).toBeGreaterThan(1);
    expect(zodIssues(result.error)).toEqual([{ field: "days", problem: "must be a whole number" }]);
  });

  it("gives each unknown key its own issue with its full dotted path", () => {
    expect(issuesOf({ name: "a", people: [{ email: "a@b.test", phone: "1", fax: "2" }], extra: 1 })).toEqual([
      { field: "people.0.phone", problem: "is not a known field" },
      { field: "people.0.fax", problem: "is not a known field" },
      { field: "extra", problem: "is not a known field" },
    ]);
  });

  it("says a missing field is required and keeps the schema's own messages", () => {
    expect(issuesOf({ people: [{ email: "nope" }] })).toEqual([
      { field: "name", problem: "is required" },
      { field: "people.0.email", problem: "must be a valid email address" },
    ]);
  });

  it("prefixes paths", () => {
    expect(issuesOf({ name: "", people: [] }, ["query"])).toEqual([
      { field: "query.name", problem: "must not be empty" },
    ]);
  });

  it("words the issues a schema leaves unworded as problems of the field, though zod/mini loads no locale", () => {
    // Nothing in this file loads classic zod (which would set zod's English locale itself).
    const limited = z.strictObject({ n: z.number().check(z.maximum(3)), s: z.enum(["a", "b"]) });
    const result = limited.safeParse({ n: 5, s: "c" });
    if (result.success) throw new Error("expected a failure");
    expect(zodIssues(result.error)).toEqual([
      { field: "n", problem: "must be at most 3" },
      { field: "s", problem: 'must be one of "a", "b"' },
    ]);
  });
});

describe("issueLines", () => {
  it("gives one `path: message` line per issue, naming an empty path as told", () => {
    const result = z.object({ a: z.object({ b: z.string() }) }).safeParse({ a: { b: 1 } });
    if (result.success) throw new Error("expected a failure");
    expect(issueLines(result.error)).toEqual(["a.b: must be a string, not a number"]);
    const root = z.string().safeParse(1);
    if (root.success) throw new Error("expected a failure");
    expect(issueLines(root.error, "(env)")).toEqual(["(env): must be a string, not a number"]);
    expect(issueLines(root.error)).toEqual([": must be a string, not a number"]);
  });
});
