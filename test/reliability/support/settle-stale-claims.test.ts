import { describe, expect, it } from "vitest";
import type { Fire } from "./sender.js";
import { type StaleClaimPorts, settleStaleClaims } from "./settle-stale-claims.js";

/** A fake stack: each `sending` step settles on the first fire at or after its claim turns stale. */
function fakeStack(sending: Record<string, { stepId: string; staleAtMs: number }[]>) {
  let now = 0;
  const fires: Array<Fire & { at: number }> = [];
  const ports: StaleClaimPorts = {
    sendingSteps: async (id) => (sending[id] ?? []).map((s) => s.stepId),
    fire: async (f) => {
      fires.push({ ...f, at: now });
      const steps = sending[f.interviewId] ?? [];
      sending[f.interviewId] = steps.filter((s) => !(s.stepId === f.stepId && now >= s.staleAtMs));
    },
    sleep: async (ms) => {
      now += ms;
    },
    nowMs: () => now,
  };
  return { ports, fires };
}

describe("settleStaleClaims", () => {
  it("fires the steps left `sending` again until their claims are stale, and says how long and how many", async () => {
    const { ports, fires } = fakeStack({
      a: [{ stepId: "s1", staleAtMs: 12_000 }],
      b: [{ stepId: "s2", staleAtMs: 3_000 }],
      c: [],
    });

    const out = await settleStaleClaims(ports, ["a", "b", "c"], 180_000);

    expect(out).toEqual({ waitedFor: 2, waitedMs: 15_000, left: [] });
    // Only the steps found `sending` are fired, none of them once settled.
    expect(fires.filter((f) => f.stepId === "s2").map((f) => f.at)).toEqual([5_000]);
    expect(fires.filter((f) => f.stepId === "s1").map((f) => f.at)).toEqual([5_000, 10_000, 15_000]);
  });

  it("waits for nothing when no step is `sending`", async () => {
    const { ports, fires } = fakeStack({ a: [] });
    expect(await settleStaleClaims(ports, ["a"], 180_000)).toEqual({ waitedFor: 0, waitedMs: 0, left: [] });
    expect(fires).toEqual([]);
  });

  it("gives up at the bound and hands back what is still `sending`, for the scenario to count", async () => {
    const { ports } = fakeStack({ a: [{ stepId: "s1", staleAtMs: Number.POSITIVE_INFINITY }] });
    const out = await settleStaleClaims(ports, ["a"], 20_000);
    expect(out.left).toEqual([{ interviewId: "a", stepId: "s1" }]);
    expect(out.waitedMs).toBe(20_000);
  });
});
