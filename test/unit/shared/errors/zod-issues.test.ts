import { describe, expect, it } from "vitest";
import { z } from "zod";
import { zodIssues } from "../../../../shared/errors/zod-issues.js";

const schema = z.strictObject({
  name: z.string().min(1, "must not be empty"),
  people: z.array(z.strictObject({ email: z.email("must be a valid email address") })),
});

function issuesOf(value: unknown, prefix?: string[]) {
  const result = schema.safeParse(value);
  if (result.success) throw new Error("expected a failure");
  return zodIssues(result.error, prefix);
}

describe("zodIssues", () => {
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
});
