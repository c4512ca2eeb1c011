import type { Interview } from "../domain/interview.js";
import { isInterviewId } from "../domain/is-interview-id.js";
import { NotFoundError } from "../errors/app-error.js";
import { VersionConflictError } from "../errors/version-conflict-error.js";
import type { InterviewStore } from "../ports/interview-store.js";

const MAX_ATTEMPTS = 5;

export interface Mutation {
  before: Interview;
  after: Interview;
  changed: boolean;
}

/**
 * Read-change-write on one interview item, conditional on its version: if anything else wrote in between
 * (a claim, a reply, another request), the change is recomputed on the fresh item. This is what makes
 * "stop", "claim" and "re-plan" decisions race-free on a single item without transactions.
 * `change` returns the new item, or `undefined` for "nothing to do". `known`, an item this caller has just
 * written or read, saves the first read: if it is no longer current, the write's failed condition returns
 * the stored item, and the change is recomputed on that (no read either).
 */
export async function mutateInterview(
  store: Pick<InterviewStore, "get" | "replace">,
  id: string,
  owner: string | undefined,
  change: (current: Interview) => Interview | undefined,
  known?: Interview,
): Promise<Mutation> {
  if (!isInterviewId(id)) throw new NotFoundError("Interview");
  let found: Interview | undefined = known?.id === id ? known : undefined;
  for (let attempt = 1; ; attempt++) {
    const current = found ?? (await store.get(id));
    found = undefined;
    if (!current || (owner !== undefined && current.owner !== owner)) throw new NotFoundError("Interview");
    const next = change(current);
    if (!next) return { before: current, after: current, changed: false };
    try {
      const after = await writeNextVersion(store, current, next);
      return { before: current, after, changed: true };
    } catch (err) {
      if (!(err instanceof VersionConflictError) || attempt >= MAX_ATTEMPTS) throw err;
      found = err.current;
    }
  }
}

/**
 * Stores `next` as the version after `current`, only if `current` is still the stored version: a targeted
 * write of what changed (the store is given `current`).
 */
export async function writeNextVersion(
  store: Pick<InterviewStore, "replace">,
  current: Interview,
  next: Interview,
): Promise<Interview> {
  const after = { ...next, version: current.version + 1 };
  await store.replace(after, current.version, current);
  return after;
}
