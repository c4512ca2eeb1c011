import { inFlightSteps } from "../domain/claim-window.js";
import type { Interview } from "../domain/interview.js";
import { isInterviewId } from "../domain/is-interview-id.js";
import { NotFoundError } from "../errors/app-error.js";
import { VersionConflictError } from "../errors/version-conflict-error.js";
import type { InterviewStore } from "../ports/interview-store.js";
import type { Realtime } from "../ports/realtime.js";
import { type Mutation, writeNextVersion } from "./mutate-interview.js";

/** Between two looks at a claim in flight. */
const POLL_MS = 50;
const MAX_ATTEMPTS = 10;

export interface SettledMutation extends Mutation {
  /** Steps still `sending` when the change was written: their SES call had started; its outcome comes later. */
  inFlight: Interview["steps"];
}

export interface SettledDeps {
  store: Pick<InterviewStore, "get" | "replace">;
  realtime: Realtime;
}

/** How the change is stored: a conditional replace by default; a delete passes its own. */
export type SettledWrite = (current: Interview, next: Interview) => Promise<Interview>;

/**
 * Like `mutateInterview`, for the writes that must be final against a sender in flight: a stop, a reply,
 * an unsubscribe, a suppression, a supersede, a delete. A sender that has claimed a step may start its SES
 * call until the claim's `dispatchBy` (claim-window.ts); this change is written only once no claim can
 * still start one and each call that started has settled or had its grace past its window (so the result
 * can say what went out). The write is conditional on the version read, so a claim landing meanwhile makes it
 * look again: once it is written, no SES call for the steps it settled can start.
 */
export async function mutateWhenSettled(
  deps: SettledDeps,
  id: string,
  owner: string | undefined,
  change: (current: Interview) => Interview | undefined,
  write?: SettledWrite,
  /**
   * An item the caller has just read: the first look starts from it instead of a read. The write is
   * conditional on its version all the same, and a failed condition returns the stored item to look at.
   */
  known?: Interview,
): Promise<SettledMutation> {
  if (!isInterviewId(id)) throw new NotFoundError("Interview");
  let attempt = 0;
  let found: Interview | undefined = known?.id === id ? known : undefined;
  for (;;) {
    const current = found ?? (await deps.store.get(id));
    found = undefined;
    if (!current || (owner !== undefined && current.owner !== owner)) throw new NotFoundError("Interview");
    const now = deps.realtime.nowMs();
    const { mustWait, mayWait } = inFlightSteps(current, now);
    // Each claim's own grace runs from its window's end, however long this change has waited already: a call
    // started at the window's edge gets its SETTLE_GRACE_MS to be recorded before the change is written.
    if (mustWait.length > 0 || mayWait.length > 0) {
      await deps.realtime.sleep(POLL_MS);
      continue;
    }
    const next = change(current);
    const inFlight = current.steps.filter((s) => s.status === "sending");
    if (!next) return { before: current, after: current, changed: false, inFlight };
    try {
      const after = write ? await write(current, next) : await writeNextVersion(deps.store, current, next);
      return { before: current, after, changed: true, inFlight };
    } catch (err) {
      attempt++;
      if (!(err instanceof VersionConflictError) || attempt >= MAX_ATTEMPTS) throw err;
      found = err.current;
    }
  }
}
