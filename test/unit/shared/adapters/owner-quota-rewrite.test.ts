import { describe, expect, it } from "vitest";
import { MAX_REMOVALS, ownerQuotaRewrite } from "../../../../shared/adapters/owner-quota-rewrite.js";
import type { OwnerQuotaRecord } from "../../../../shared/domain/owner-quota-record.js";

const NOW = new Date("2026-12-02T09:00:00.000Z");

const stored: OwnerQuotaRecord = {
  version: 3,
  day: "2026-12-01",
  dayIds: ["i1"],
  window: "w1",
  contacts: ["a@x.test", "b@x.test"],
  reach: { "a@x.test": ["i1"], "b@x.test": ["i1"] },
};

/** The attribute names an expression's clause (`SET`, `REMOVE`) writes, resolved. */
function written(rewrite: ReturnType<typeof ownerQuotaRewrite>, clause: "SET" | "REMOVE"): string[] {
  const match = new RegExp(`${clause} ([^A-Z]+?)(?= [A-Z]+ |$)`).exec(rewrite.UpdateExpression);
  if (!match?.[1]) return [];
  return match[1]
    .split(", ")
    .map((part) => rewrite.ExpressionAttributeNames[part.split(" = ")[0] as string] as string)
    .sort();
}

describe("ownerQuotaRewrite", () => {
  it("writes only what changed, removes what emptied, and is conditional on the ledger's version alone", () => {
    const next: OwnerQuotaRecord = {
      version: 4,
      day: "2026-12-02",
      dayIds: ["i2"],
      window: "w1",
      contacts: ["a@x.test", "b@x.test"],
      reach: { "a@x.test": ["i1", "i2"] },
    };
    const item = { ledgerVersion: 3, version: 17, "s#c@x.test": "bounced", "e#2026-12-01": new Set(["k"]) };

    const rewrite = ownerQuotaRewrite(item, stored, next, NOW);

    expect(written(rewrite, "SET")).toEqual(["dayIds", "day", "r#a@x.test"].sort());
    expect(written(rewrite, "REMOVE")).toEqual(["r#b@x.test"]);
    expect(rewrite.UpdateExpression).toContain("ADD #lv :one, #v :one");
    expect(rewrite.ConditionExpression).toBe("#lv = :lv");
    expect(rewrite.ExpressionAttributeValues[":lv"]).toBe(3);
    // Neither the mark nor yesterday's emails are the ledger's to touch.
    expect(Object.values(rewrite.ExpressionAttributeNames)).not.toContain("s#c@x.test");
    expect(Object.values(rewrite.ExpressionAttributeNames)).not.toContain("e#2026-12-01");
  });

  it("on a record the ledger never wrote, is conditional on its version still being absent, and drops email sets older than yesterday", () => {
    const next: OwnerQuotaRecord = {
      version: 1,
      day: "2026-12-02",
      dayIds: ["i9"],
      window: "w2",
      contacts: [],
      reach: {},
    };
    const item = { version: 5, "e#2026-10-01": new Set(["k"]), "e#2026-12-01": new Set(["k"]) };

    const rewrite = ownerQuotaRewrite(item, undefined, next, NOW);

    expect(rewrite.ConditionExpression).toBe("attribute_not_exists(#lv)");
    expect(written(rewrite, "SET")).toEqual(["day", "dayIds", "window"].sort());
    expect(written(rewrite, "REMOVE")).toEqual(["e#2026-10-01"]);
  });
});

describe("ownerQuotaRewrite on a record with many addresses to prune", () => {
  it("removes at most MAX_REMOVALS attributes, so the expression stays under DynamoDB's 4 KB", () => {
    const reach = Object.fromEntries(Array.from({ length: 1_000 }, (_, i) => [`c${i}@x.test`, ["i1"]]));
    const many: OwnerQuotaRecord = { ...stored, reach };
    const next: OwnerQuotaRecord = { ...stored, version: 4, reach: { "a@x.test": ["i1", "i2"] } };

    const rewrite = ownerQuotaRewrite({ ledgerVersion: 3 }, many, next, NOW);

    expect(written(rewrite, "REMOVE")).toHaveLength(MAX_REMOVALS);
    expect(written(rewrite, "SET")).toEqual(["r#a@x.test"]);
    expect(new TextEncoder().encode(rewrite.UpdateExpression).length).toBeLessThan(4_096);
  });
});
