import type { Interview } from "../domain/interview.js";
import { isInterviewId } from "../domain/is-interview-id.js";
import type { Step } from "../domain/step.js";
import { type AddressStop, pendingStepsTo, stopStepsToAddress } from "../domain/stop-steps-to-address.js";
import { NotFoundError } from "../errors/app-error.js";
import type { InterviewStore } from "../ports/interview-store.js";
import { mutateWhenSettled, type SettledDeps } from "./mutate-when-settled.js";

const PAGE_SIZE = 50;

/**
 * Applies an address stop to every interview of one owner: one conditional write per interview that has
 * steps pending to the address (plus `originId`, which always gets the timeline event). Answers the steps
 * it settled, so the caller can delete their schedules. Pages through the owner's interviews, so an owner
 * with many of them costs queries, not one huge read.
 */
export async function stopAddressForOwner(
  deps: SettledDeps & { store: Pick<InterviewStore, "listByOwner"> },
  owner: string,
  stop: AddressStop,
  originId?: string,
): Promise<Step[]> {
  const settled: Step[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.store.listByOwner(owner, { limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) });
    for (const listed of page.items) {
      const isOrigin = listed.id === originId;
      // A step being sent to the address counts too: the write waits for it (mutate-when-settled.ts).
      if (!isOrigin && pendingStepsTo(listed, stop.email).length === 0 && !sendingTo(listed, stop.email))
        continue;
      settled.push(...(await apply(deps, listed.id, owner, stop, isOrigin)));
    }
    cursor = page.cursor;
  } while (cursor);
  return settled;
}

function sendingTo(interview: Interview, email: string): boolean {
  const to = email.toLowerCase();
  return interview.steps.some((s) => s.status === "sending" && s.to.email.toLowerCase() === to);
}

async function apply(
  deps: SettledDeps,
  id: string,
  owner: string,
  stop: AddressStop,
  always: boolean,
): Promise<Step[]> {
  if (!isInterviewId(id)) return [];
  try {
    const mutation = await mutateWhenSettled(deps, id, owner, (current) =>
      stopStepsToAddress(current, stop, always),
    );
    if (!mutation.changed) return [];
    const wasPending = new Set(pendingStepsTo(mutation.before, stop.email).map((s) => s.id));
    return mutation.after.steps.filter((s) => wasPending.has(s.id));
  } catch (err) {
    // Deleted between the listing and the write: nothing left to stop.
    if (err instanceof NotFoundError) return [];
    throw err;
  }
}
