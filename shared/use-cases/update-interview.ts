import { countUnansweredFollowUps } from "../domain/count-unanswered-follow-ups.js";
import { enforceFollowUpCap } from "../domain/enforce-follow-up-cap.js";
import type { Interview, TemplateOverride } from "../domain/interview.js";
import { type InterviewChange, patchInterview } from "../domain/patch-interview.js";
import { planChain } from "../domain/plan-chain.js";
import { quotaContactAddresses } from "../domain/quota-contact-addresses.js";
import { replanChain } from "../domain/replan-chain.js";
import { isPendingStep, type Step } from "../domain/step.js";
import { trimStoredSteps } from "../domain/trim-stored-steps.js";
import { withEvent } from "../domain/with-event.js";
import { DependencyUnavailableError, ValidationError } from "../errors/app-error.js";
import { itemTooLargeAfterEdit } from "../errors/item-too-large-after-edit.js";
import { StepNotPendingError } from "../errors/step-not-pending-error.js";
import { DROPPED_BY_CHANGE_REASON, updatedNote } from "../mail/chain-timeline-words.js";
import { planWords } from "../mail/plan-words.js";
import type { OwnerQuotaTaken } from "../ports/owner-quota-ledger.js";
import { getInterview } from "./get-interview.js";
import { loadReaching } from "./load-reaching.js";
import { mutateInterview } from "./mutate-interview.js";
import type { Precondition } from "./precondition.js";
import { type ChangeUsageDeps, reserveUsage } from "./reserve-usage.js";
import { removeSchedules, scheduleSteps } from "./schedule-steps.js";
import type { ChainDeps } from "./use-case-deps.js";

/**
 * The most a candidate's edit may make one item weigh (serialised). DynamoDB refuses items over 400 KB, and
 * the writes the system itself must always be able to make (a claim, a stop, a reply's event) need
 * headroom above whatever an edit left behind.
 */
export const MAX_EDITED_ITEM_BYTES = 300_000;

function itemBytes(interview: Interview): number {
  return Buffer.byteLength(JSON.stringify(interview), "utf8");
}

/**
 * Sets (or with `null` drops) the wording of single steps. Only a pending step can get new wording: one
 * being sent or already sent has its words fixed, and saying so beats silently storing an override nobody
 * reads. Dropping an override is always fine, whatever the step's status: it only ever frees space.
 */
function withStepTemplates(
  current: Interview,
  changes: Record<string, TemplateOverride | null>,
): Record<string, TemplateOverride> | undefined {
  const missing = Object.entries(changes)
    .filter(
      ([id, override]) =>
        !current.steps.some((s) => s.id === id) &&
        !(override === null && id in (current.stepTemplates ?? {})),
    )
    .map(([id]) => id);
  if (missing.length > 0) {
    throw new ValidationError(
      missing.map((id) => ({ field: `stepTemplates.${id}`, problem: "is not a step of this interview" })),
    );
  }
  const settled = current.steps.filter((s) => changes[s.id] && !isPendingStep(s));
  if (settled.length > 0) {
    throw new StepNotPendingError(settled);
  }
  const next: Record<string, TemplateOverride> = { ...current.stepTemplates };
  for (const [id, override] of Object.entries(changes)) {
    if (override === null) delete next[id];
    else next[id] = override;
  }
  return Object.keys(next).length > 0 ? next : undefined;
}

/**
 * Applies a change (a new decision date, a new contact...) and, while the chain is active, re-plans what
 * has not gone out yet: moved steps get their schedules moved, dropped ones are cancelled, new ones added.
 * The change comes validated field by field from the edge; the changed interview is checked as a whole
 * (see patchInterview), so a change cannot make it inconsistent.
 *
 * With `usage`, each contact address the change brings in (a replaced interviewer, a new recruiter) takes
 * one of the interview's contact replacements and, when new in this 30-day window, a distinct contact; over
 * either, a 429 and nothing is written. (New addresses are judged against the interview as read before the
 * write: a concurrent change of contacts can make that count one off.)
 */
export async function updateInterview(
  deps: ChainDeps<"listByApplication" | "get" | "replace"> & { usage?: ChangeUsageDeps },
  request: { owner: string; id: string; patch: InterviewChange; precondition?: Precondition | undefined },
): Promise<Interview> {
  // The quotas are taken at the request's time; the change itself is dated when it is written (below).
  const now = deps.clock.now();
  const { patch } = request;
  // Earlier rounds of the application: follow-ups they sent still count toward the caps when re-planning.
  const existing = await getInterview(deps, request);
  // A stale copy is refused before any quota is taken; the write checks again on the item it replaces.
  request.precondition?.(existing);
  const rounds = (await deps.store.listByApplication(request.owner, existing.applicationKey)).filter(
    (r) => r.id !== existing.id,
  );
  const emails = quotaContactAddresses({
    interviewers: patch.interviewers ?? existing.interviewers,
    recruiter: patch.recruiter === undefined ? existing.recruiter : (patch.recruiter ?? undefined),
    referrer: patch.referrer === undefined ? existing.referrer : (patch.referrer ?? undefined),
  });
  const before = new Set(quotaContactAddresses(existing));
  const added = emails.filter((email) => !before.has(email));
  // A change that would make the interview invalid is refused before any quota is taken (the same check
  // runs again on the item the write starts from).
  const checked = patchInterview(existing, patch);
  if ("problems" in checked) throw invalidChange(checked.problems);
  // The contact replacements first: refused, nothing else is taken. Then the distinct contacts and the
  // listing of the new addresses, in one write that also answers which interviews reach the addresses.
  const reservation =
    deps.usage &&
    (await reserveUsage(
      deps.usage,
      request.owner,
      [{ quota: "contact_replacements_per_interview", by: added.length, interviewId: existing.id }],
      now,
    ));
  let taken: OwnerQuotaTaken | undefined;
  try {
    taken =
      deps.usage &&
      (await deps.usage.ledger.take({
        owner: request.owner,
        interviewId: existing.id,
        countInterview: false,
        emails: added,
        lookup: emails,
        now,
        limits: deps.usage.limits,
      }));
  } catch (err) {
    await reservation?.release().catch(() => {});
    throw err;
  }
  const reaching = await loadReaching(deps, request.owner, taken?.reaching ?? []);
  let toSchedule: Step[] = [];
  let cancelled: Step[] = [];

  const mutation = mutateInterview(deps.store, request.id, request.owner, (current) => {
    // The time of the write, not of the request: a change retried after another write (a stop, a reply)
    // comes after it, in the timeline and in what it plans.
    request.precondition?.(current);
    const now = deps.clock.now();
    const at = now.toISOString();
    const patched = patchInterview(current, patch);
    if ("problems" in patched) throw invalidChange(patched.problems);
    let next: Interview = { ...patched.interview, updatedAt: at };
    const { stepTemplates } = patch;
    if (stepTemplates) {
      const own = withStepTemplates(current, stepTemplates);
      if (own) next.stepTemplates = own;
      else delete next.stepTemplates;
    }
    toSchedule = [];
    cancelled = [];
    if (current.status === "active") {
      const earlier = rounds.filter((r) => Date.parse(r.interviewedAt) <= Date.parse(next.interviewedAt));
      const prior = countUnansweredFollowUps(earlier, reaching);
      const planned = planChain({
        details: next,
        now,
        priorUnansweredFollowUps: prior,
        words: planWords,
        earlier: next.steps,
      });
      const replan = replanChain(next, planned, at, DROPPED_BY_CHANGE_REASON);
      // The re-plan matches steps by kind, so it can re-spend budget that follow-ups sent in this round
      // already used; the cap is enforced on the result, per contact, across rounds.
      const capped = enforceFollowUpCap(replan.interview, prior, at, planWords);
      next = capped.interview;
      const overCap = new Set(capped.cancelled.map((s) => s.id));
      const ids = new Set([...replan.toSchedule, ...capped.moved].map((s) => s.id));
      // The final version of each step: one the re-plan moved may have been moved again or cancelled.
      toSchedule = next.steps.filter((s) => ids.has(s.id) && !overCap.has(s.id));
      // Only steps that were pending before this change have a schedule to remove.
      const hadSchedule = new Set(current.steps.filter(isPendingStep).map((s) => s.id));
      cancelled = [...replan.cancelled, ...capped.cancelled.filter((s) => hadSchedule.has(s.id))];
    }
    const result = withEvent(trimStoredSteps(next), {
      at,
      type: "interview.updated",
      detail: updatedNote(Object.keys(patch), toSchedule.length, cancelled.length),
    });
    const size = itemBytes(result);
    // An edit that does not grow an item already over the limit is let through: it may be the one that
    // shrinks it (dropping wording), and it takes no headroom away.
    if (size > MAX_EDITED_ITEM_BYTES && size > itemBytes(current)) {
      throw itemTooLargeAfterEdit(current.id, size, MAX_EDITED_ITEM_BYTES);
    }
    return result;
  });
  const { after, changed } = await mutation.catch(async (err: unknown) => {
    // Refused (invalid, too large, conflicting): nothing was written, so the quota is given back. A store
    // that did not answer may have taken the write: then the quota stays taken (one too many is safe).
    if (err instanceof DependencyUnavailableError) throw err;
    await reservation?.release().catch(() => {});
    if (taken && deps.usage) {
      await deps.usage.ledger
        .release(request.owner, {
          interviewId: existing.id,
          counted: false,
          fresh: taken.fresh,
          listed: added,
          now,
        })
        .catch(() => {});
    }
    throw err;
  });
  if (!changed) return after;
  await removeSchedules(deps, cancelled);
  return scheduleSteps(deps, after, toSchedule);
}

function invalidChange(problems: ReadonlyArray<{ path: ReadonlyArray<string | number>; problem: string }>) {
  return new ValidationError(
    problems.map((p) => ({ field: p.path.join("."), problem: p.problem })),
    "The change would make the interview invalid.",
  );
}
