import type { ReliabilityStack } from "./reliability-stack.js";

/**
 * What production does after the fact, before anyone may call a step lost: the reconciler runs (it
 * re-creates missing schedules and hands stale claims back to the sender), then time passes on the stack's
 * clock, firing every schedule that fell due (the steps' own, at least once, and the reconciler's sweeps),
 * then the reconciler runs once more.
 */
export async function settleLikeProduction(r: ReliabilityStack, advance = "PT15M"): Promise<void> {
  const { handler: reconcile } = (await import("../../../functions/reconciler.js")) as {
    handler: () => Promise<void>;
  };
  await reconcile();
  await r.api("POST", "/_local/clock", { body: { advance } });
  await reconcile();
  await r.api("POST", "/_local/clock", { body: { advance } });
}
