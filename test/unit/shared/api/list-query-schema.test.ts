import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { listQuerySchema } from "../../../../shared/api/list-query-schema.js";
import { zodIssues } from "../../../../shared/errors/zod-issues.js";

describe("listQuerySchema", () => {
  it("defaults the page size to 20 and reads numbers from the query string", () => {
    expect(listQuerySchema.parse({})).toEqual({ limit: 20 });
    expect(listQuerySchema.parse({ limit: "5", status: "active" })).toEqual({ limit: 5, status: "active" });
    expect(listQuerySchema.parse({ limit: "007" })).toEqual({ limit: 7 });
    expect(listQuerySchema.parse({ limit: "100" })).toEqual({ limit: 100 });
  });

  it.each([
    { limit: "0" },
    { limit: "101" },
    { limit: "2.5" },
    { status: "lost" },
    { cursor: "c".repeat(2001) },
  ])("refuses %o", (query) => {
    expect(listQuerySchema.safeParse(query).success).toBe(false);
  });

  it.each([
    ["abc", "must be a whole number from 1 to 100"],
    ["2.5", "must be a whole number from 1 to 100"],
    ["0", "must be at least 1"],
    ["101", "must be at most 100"],
    ["0x5", "must be a whole number from 1 to 100"],
    [" 2", "must be a whole number from 1 to 100"],
    ["2 ", "must be a whole number from 1 to 100"],
    ["+2", "must be a whole number from 1 to 100"],
    ["", "must be a whole number from 1 to 100"],
    ["1e1", "must be a whole number from 1 to 100"],
    ["1e30", "must be a whole number from 1 to 100"],
    ["\u0663", "must be a whole number from 1 to 100"],
    ["99999999999999999999", "must be at most 100"],
    ["9".repeat(400), "must be at most 100"],
  ])("says what a limit of %j should be", (limit, problem) => {
    const result = z.safeParse(listQuerySchema, { limit }, { reportInput: true });
    expect(result.success ? [] : zodIssues(result.error)).toEqual([{ field: "limit", problem }]);
  });
});
