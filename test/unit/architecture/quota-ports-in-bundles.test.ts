import { describe, expect, it } from "vitest";
import { catalogueBundles } from "../../support/catalogue-bundles.js";

const CREATE = "functions/http/create-interview.ts";
const UPDATE = "functions/http/update-interview.ts";

/**
 * The planner routes are the Lambdas closest to their 100 KB over the SDK (README "Benchmarks"): each builds
 * only the quota operations it calls. Registration takes and gives back on the owner's record and uses no
 * counter; an update also takes and gives back a counter; only GET /usage reads (the whole ledger).
 */
describe("the quota operations in the planner routes' bundles", async () => {
  const bundles = await catalogueBundles();
  const holds = (entry: string, input: string) => bundles.inputsByEntry.get(entry)?.includes(input);

  it("registration bundles the owner's record's take and give-back, and no counter", () => {
    expect(holds(CREATE, "shared/adapters/dynamo-owner-quota-take.ts"), "take").toBe(true);
    expect(holds(CREATE, "shared/adapters/dynamo-owner-quota-release.ts"), "release").toBe(true);
    expect(holds(CREATE, "shared/adapters/dynamo-quota-add-within.ts"), "counter add").toBe(false);
    expect(holds(CREATE, "shared/adapters/dynamo-quota-release.ts"), "counter release").toBe(false);
  });

  it("an update bundles the counter's plain add and release, not its read nor the add counted once", () => {
    expect(holds(UPDATE, "shared/adapters/dynamo-quota-add-within.ts"), "counter add").toBe(true);
    expect(holds(UPDATE, "shared/adapters/dynamo-quota-add.ts"), "counter add once").toBe(false);
    expect(holds(UPDATE, "shared/adapters/counted-name.ts"), "counted names").toBe(false);
    expect(holds(UPDATE, "shared/adapters/dynamo-quota-release.ts"), "counter release").toBe(true);
    expect(holds(UPDATE, "shared/adapters/dynamo-quota-read.ts"), "counter read").toBe(false);
  });

  it("neither reads the owner's record for GET /usage", () => {
    for (const entry of [CREATE, UPDATE]) {
      expect(holds(entry, "shared/adapters/dynamo-owner-quota-read.ts"), entry).toBe(false);
      expect(holds(entry, "shared/adapters/dynamo-owner-quota-ledger.ts"), entry).toBe(false);
    }
  });
});
