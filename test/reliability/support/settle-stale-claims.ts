import type { Fire } from "./sender.js";

/** What settleStaleClaims does its work with: the scenario's stack, sender and real clock. */
export interface StaleClaimPorts {
  /** The steps of `interviewId` whose status is still `sending` (from a fresh read). */
  sendingSteps(interviewId: string): Promise<string[]>;
  /** Fires a step as its schedule's retry does (the sender marks a stale claim `unknown`). */
  fire(f: Fire): Promise<unknown>;
  sleep(ms: number): Promise<void>;
  /** Real time, in ms. */
  nowMs(): number;
}

export interface StaleClaimSettling {
  /** Steps found `sending` at the first look. */
  waitedFor: number;
  /** Real ms from the first look until none was left (or the bound). */
  waitedMs: number;
  /** Still `sending` when the bound was reached: the scenario then counts them as it always did. */
  left: Fire[];
}

/**
 * A claim the CPU-starved local store never saw recorded (`sent` or released within the clients' timeouts)
 * leaves its step `sending`; production settles it once it is stale (STALE_CLAIM_MS of real time after the
 * claim): the step's schedule fires again (its retry policy, or the reconciler's hand-back), and the sender
 * marks it `unknown` (an email to a contact, never sent twice) or sends a reminder again. Before a scenario
 * counts steps as lost or half-written, this does the same: while any step of `interviewIds` is `sending`,
 * and for at most `boundMs` of real time, it waits `everyMs` and fires each such step again. It never
 * writes an item itself, so what the chain says afterwards is what production would say.
 */
export async function settleStaleClaims(
  ports: StaleClaimPorts,
  interviewIds: readonly string[],
  boundMs: number,
  everyMs = 5_000,
): Promise<StaleClaimSettling> {
  const startedMs = ports.nowMs();
  const look = async (ids: readonly string[]) => {
    const found: Fire[] = [];
    for (const interviewId of ids) {
      for (const stepId of await ports.sendingSteps(interviewId)) found.push({ interviewId, stepId });
    }
    return found;
  };
  let left = await look(interviewIds);
  const waitedFor = left.length;
  while (left.length > 0 && ports.nowMs() - startedMs < boundMs) {
    await ports.sleep(everyMs);
    for (const f of left) await ports.fire(f);
    left = await look([...new Set(left.map((f) => f.interviewId))]);
  }
  return { waitedFor, waitedMs: waitedFor === 0 ? 0 : ports.nowMs() - startedMs, left };
}
