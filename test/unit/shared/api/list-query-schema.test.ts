import { describe, expect, it } from "vitest";
import { listQuerySchema } from "../../../../shared/api/list-query-schema.js";

describe("listQuerySchema", () => {
  it("defaults the page size to 20 and reads numbers from the query string", () => {
    expect(listQuerySchema.parse({})).toEqual({ limit: 20 });
    expect(listQuerySchema.parse({ limit: "5", status: "active" })).toEqual({ limit: 5, status: "active" });
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
});
