import { describe, expect, it } from "vitest";
import { createInterview } from "../../../../shared/use-cases/create-interview.js";
import { giveForwardBack, reserveForward } from "../../../../shared/use-cases/reserve-forward.js";
import { interviewDetails, testDeps } from "../../../support/test-deps.js";

async function setUp() {
  const d = testDeps();
  const interview = await createInterview(d, { owner: "owner-1", details: interviewDetails() });
  return { d, id: interview.id };
}

describe("reserveForward", () => {
  it("counts forwards per UTC day on the interview and refuses past the limit without writing", async () => {
    const { d, id } = await setUp();
    const at = "2026-12-02T23:59:00.000Z";
    expect(await reserveForward(d.store, id, { at, limit: 2 })).toBe("reserved");
    expect(await reserveForward(d.store, id, { at, limit: 2 })).toBe("reserved");
    const full = d.store.peek(id);
    expect(full?.inboundForwards).toEqual({ day: "2026-12-02", count: 2 });

    expect(await reserveForward(d.store, id, { at, limit: 2, event: { at, type: "x", ref: "<a@b>" } })).toBe(
      "rate_limited",
    );
    expect(d.store.peek(id)).toEqual(full);

    expect(await reserveForward(d.store, id, { at: "2026-12-03T00:00:00.000Z", limit: 2 })).toBe("reserved");
    expect(d.store.peek(id)?.inboundForwards).toEqual({ day: "2026-12-03", count: 1 });
  });

  it("starts from a known item with no read, and a stale one still counts what the stored item holds", async () => {
    const { d, id } = await setUp();
    const at = "2026-12-02T10:00:00.000Z";
    const known = d.store.peek(id);
    const reads = d.store.calls.get;
    expect(await reserveForward(d.store, id, { at, limit: 2, known })).toBe("reserved");
    // `known` is stale now: the failed write returns the stored item, whose count is 1.
    expect(await reserveForward(d.store, id, { at, limit: 2, known })).toBe("reserved");
    expect(await reserveForward(d.store, id, { at, limit: 2, known })).toBe("rate_limited");
    expect(d.store.calls.get - reads).toBe(0);
    expect(d.store.peek(id)?.inboundForwards).toEqual({ day: "2026-12-02", count: 2 });
  });

  it("records the event in the same write and recognises it again by its ref", async () => {
    const { d, id } = await setUp();
    const at = "2026-12-02T10:00:00.000Z";
    const event = { at, type: "inbound.unverified", ref: "<m1@evil.test>", detail: "d" };
    expect(await reserveForward(d.store, id, { at, limit: 5, event })).toBe("reserved");
    expect(await reserveForward(d.store, id, { at, limit: 5, event })).toBe("duplicate");
    const stored = d.store.peek(id);
    expect(stored?.events.filter((e) => e.type === "inbound.unverified")).toEqual([event]);
    expect(stored?.inboundForwards?.count).toBe(1);
  });

  it("is decided on the fresh item when someone else wrote in between", async () => {
    const { d, id } = await setUp();
    const at = "2026-12-02T10:00:00.000Z";
    await reserveForward(d.store, id, { at, limit: 2 });
    // Another inbound message took the last forward between this one's read and its write.
    const get = d.store.get.bind(d.store);
    let raced = false;
    d.store.get = async (key: string) => {
      const read = await get(key);
      if (!raced) {
        raced = true;
        d.store.writeConcurrently(id, (c) => ({ ...c, inboundForwards: { day: "2026-12-02", count: 2 } }));
      }
      return read;
    };
    expect(await reserveForward(d.store, id, { at, limit: 2 })).toBe("rate_limited");
  });
});

describe("giveForwardBack", () => {
  it("gives back a forward of the day it was taken, and nothing once the UTC day has turned or none is left", async () => {
    const { d, id } = await setUp();
    const at = "2026-12-02T23:59:00.000Z";
    await reserveForward(d.store, id, { at, limit: 2 });
    const taken = d.store.peek(id);
    if (!taken) throw new Error("no interview");

    expect(giveForwardBack(taken, at).inboundForwards).toEqual({ day: "2026-12-02", count: 0 });
    expect(giveForwardBack(giveForwardBack(taken, at), at).inboundForwards).toEqual({
      day: "2026-12-02",
      count: 0,
    });
    // The forward was taken on the 2nd; the 3rd's count (none yet) is not the one to give back.
    expect(giveForwardBack(taken, "2026-12-03T00:00:01.000Z")).toEqual(taken);
  });
});
