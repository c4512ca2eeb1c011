import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { targetedUpdate } from "../../../../shared/adapters/targeted-update.js";

type Item = Record<string, unknown>;

const before: Item = {
  pk: "I#1",
  sk: "I",
  version: 3,
  status: "active",
  steps: {
    s1: { status: "sent", sendAt: "2026-12-01T09:00:00Z" },
    s2: { status: "scheduled", sendAt: "2026-12-08T09:00:00Z", note: "check-in" },
  },
  events: [{ kind: "registered" }],
};

/** Each change an item can take between a read and its write. */
const change = fc.constantFrom<(i: Item) => Item>(
  (i) => ({ ...i, status: "stopped", stopReason: "offer" }),
  (i) => ({ ...i, events: [...(i.events as unknown[]), { kind: "reply" }] }),
  (i) => ({
    ...i,
    steps: { ...(i.steps as Item), s2: { status: "sending", sendAt: "2026-12-08T09:00:00Z" } },
  }),
  (i) => ({ ...i, steps: { ...(i.steps as Item), s3: { status: "unscheduled" } } }),
  (i) => ({ ...i, gsi1sk: "due#1" }),
  (i) => ({ ...i, events: [] }),
);

/** The placeholders an expression uses. */
const used = (text: string) => new Set(text.match(/[#:][nv]\d+/g));

describe("targetedUpdate", () => {
  it("names and values only what its expressions use (DynamoDB refuses the rest)", () => {
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 4 }), (changes) => {
        const after = { ...changes.reduce((i, f) => f(i), before), version: 4 };
        const update = targetedUpdate(before, after);
        if (!update) throw new Error("a change with a new version must give an update");
        const inUse = used(`${update.UpdateExpression} ${update.ConditionExpression}`);
        expect(Object.keys(update.ExpressionAttributeNames).filter((n) => !inUse.has(n))).toEqual([]);
        expect(Object.keys(update.ExpressionAttributeValues).filter((v) => !inUse.has(v))).toEqual([]);
      }),
    );
  });

  it("leaves the steps unnamed when only the chain's status changed", () => {
    const update = targetedUpdate(before, { ...before, status: "stopped", version: 4 });
    expect(Object.values(update?.ExpressionAttributeNames ?? {}).sort()).toEqual(["status", "version"]);
  });

  it("appends new events, and writes a timeline that lost events whole", () => {
    const grown = targetedUpdate(before, { ...before, events: [{ kind: "registered" }, { kind: "reply" }] });
    expect(grown?.UpdateExpression).toMatch(/list_append/);
    const cut = targetedUpdate(before, { ...before, events: [] });
    expect(cut?.UpdateExpression).not.toMatch(/list_append/);
    expect(Object.values(cut?.ExpressionAttributeValues ?? {})).toContainEqual([]);
  });
});
