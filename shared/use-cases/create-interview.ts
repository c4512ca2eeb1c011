import { monotonicFactory } from "ulid";
import { addPlannedSteps } from "../domain/add-planned-steps.js";
import { countUnansweredFollowUps } from "../domain/count-unanswered-follow-ups.js";
import type { Interview, InterviewDetails } from "../domain/interview.js";
import { newlyCancelledSteps } from "../domain/newly-cancelled-steps.js";
import { planChain } from "../domain/plan-chain.js";
import { quotaContactAddresses } from "../domain/quota-contact-addresses.js";
import { isPendingStep } from "../domain/step.js";
import { stopChain } from "../domain/stop-chain.js";
import { withEvent } from "../domain/with-event.js";
import { VersionConflictError } from "../errors/version-conflict-error.js";
import { chainStopWords } from "../mail/chain-stop-words.js";
import {
  laterRoundRegisteredNote,
  laterRoundStepReason,
  registeredNote,
  supersededByNote,
} from "../mail/chain-timeline-words.js";
import { stepWhyWords } from "../mail/plan-words.js";
import { mutateWhenSettled } from "./mutate-when-settled.js";
import { readContactUsage } from "./read-contact-usage.js";
import { recordContactUsage } from "./record-contact-usage.js";
import { reserveUsage, type UsageDeps } from "./reserve-usage.js";
import { removeSchedules, scheduleSteps } from "./schedule-steps.js";
import type { ChainDeps } from "./use-case-deps.js";

/** The store operations registration calls. */
export type CreateChainDeps = ChainDeps<"listByApplication" | "get" | "create" | "replace">;

const nextId = monotonicFactory();

/**
 * Registers an interview round: plans its chain (counting follow-ups already sent in earlier rounds of the
 * same application toward the caps), stores it, supersedes earlier rounds still running, then creates
 * one schedule per step.
 *
 * A round registered after a later round of the same application (the onsite first, then the phone screen
 * before it) is stored already `superseded`: two live chains would each chase the same recruiter up to the
 * cap. It is kept, with its would-be steps cancelled, so the candidate sees what happened and why.
 *
 * With `id` (reserved by an Idempotency-Key before the first attempt), a retry of a request whose
 * interview was stored although its answer was lost finds that interview instead of making a second
 * chain: it finishes what the first attempt may not have (superseding, schedules, which are named after
 * the interview and step, so re-creating them only re-asserts them) and answers it.
 *
 * With `usage`, the owner's quotas hold: the interview takes one of the day's new interviews and each of
 * its contact addresses not yet used in this 30-day window takes a distinct contact; over either, a 429
 * and nothing is written. Follow-ups the owner's other interviews sent to the same addresses count toward
 * the cap of unanswered follow-ups too, whatever application they were filed under. A retry that finds the
 * first attempt's interview is not charged again.
 */
export async function createInterview(
  deps: CreateChainDeps & { usage?: UsageDeps },
  request: { owner: string; details: InterviewDetails; id?: string },
): Promise<Interview> {
  const { owner, details } = request;
  const now = deps.clock.now();
  const at = now.toISOString();
  const id = request.id ?? nextId(now.getTime());
  // A first attempt may have stored this very interview: it is not a round of its own application.
  const rounds = (await deps.store.listByApplication(owner, details.applicationKey)).filter(
    (r) => r.id !== id,
  );
  const emails = quotaContactAddresses(details);
  const contacts = deps.usage
    ? await readContactUsage(deps.usage, deps.store, { owner, emails, now, excludeId: id })
    : { fresh: [], reaching: [] };
  const interviewedAt = Date.parse(details.interviewedAt);
  const earlierRounds = rounds.filter((r) => Date.parse(r.interviewedAt) <= interviewedAt);
  const latestLater = rounds
    .filter((r) => Date.parse(r.interviewedAt) > interviewedAt)
    .sort((a, b) => Date.parse(b.interviewedAt) - Date.parse(a.interviewedAt))[0];
  const planned = planChain({
    details,
    now,
    words: stepWhyWords,
    priorUnansweredFollowUps: countUnansweredFollowUps(earlierRounds, contacts.reaching),
  });

  const blank: Interview = {
    ...details,
    id,
    owner,
    status: "active",
    steps: [],
    events: [],
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  const registered = withEvent(addPlannedSteps(blank, planned, at), {
    at,
    type: "interview.registered",
    detail: registeredNote(details, planned.length),
  });
  const born = latestLater ? supersededAtBirth(registered, latestLater, at) : registered;
  const reservation =
    deps.usage &&
    (await reserveUsage(
      deps.usage,
      owner,
      [
        { quota: "interviews_per_day", by: 1 },
        { quota: "contacts_per_30_days", by: contacts.fresh.length },
      ],
      now,
    ).catch(async (err: unknown) => {
      // A retry (same Idempotency-Key) of a request whose interview was stored: it was charged then.
      if (request.id !== undefined && (await deps.store.get(request.id))?.owner === owner) return undefined;
      throw err;
    }));
  let interview: Interview;
  try {
    interview = await createOrFindReserved(deps, born, request.id !== undefined);
  } catch (err) {
    // Nothing was stored: the quota is given back (best effort; the store's error is the one to report).
    await reservation?.release().catch(() => {});
    throw err;
  }
  const found = interview !== born;
  // A retry that found the first attempt's interview takes nothing: that attempt was charged.
  if (found) await reservation?.release().catch(() => {});
  if (deps.usage) {
    await recordContactUsage(deps.usage, deps.log, {
      owner,
      interviewId: interview.id,
      emails,
      fresh: found ? [] : contacts.fresh,
      now,
    });
  }

  for (const round of earlierRounds.filter((r) => r.status === "active")) {
    await supersede(deps, round.id, latestLater ?? interview, at);
  }
  // A superseded round has nothing pending, so this creates no schedule for it.
  return scheduleSteps(deps, interview, interview.steps.filter(isPendingStep));
}

/** Stores the interview; with a reserved id already stored by an earlier attempt, that one is the answer. */
async function createOrFindReserved(
  deps: CreateChainDeps,
  interview: Interview,
  reserved: boolean,
): Promise<Interview> {
  try {
    await deps.store.create(interview);
    return interview;
  } catch (err) {
    if (!reserved || !(err instanceof VersionConflictError)) throw err;
    const stored = await deps.store.get(interview.id);
    if (stored?.owner !== interview.owner) throw err;
    return stored;
  }
}

/** The new round came after a later one: it is born superseded by it, every step cancelled. */
function supersededAtBirth(interview: Interview, later: Interview, at: string): Interview {
  const stop = { status: "superseded", reason: "superseded", at } as const;
  const stopped = stopChain(
    interview,
    stop,
    chainStopWords(interview, stop, laterRoundRegisteredNote(later)),
  );
  const reason = laterRoundStepReason(later);
  return {
    ...stopped,
    steps: stopped.steps.map((s) => (s.status === "cancelled" ? { ...s, reason } : s)),
  };
}

async function supersede(deps: CreateChainDeps, roundId: string, by: Interview, at: string): Promise<void> {
  const stop = { status: "superseded", reason: "superseded", at } as const;
  try {
    const { before, after, changed } = await mutateWhenSettled(deps, roundId, by.owner, (current) =>
      current.status === "active"
        ? stopChain(current, stop, chainStopWords(current, stop, supersededByNote(by)))
        : undefined,
    );
    if (changed) {
      await removeSchedules(deps, newlyCancelledSteps(before, after));
    }
  } catch (err) {
    // The new round is stored and planned; an earlier round left running is visible and can be stopped.
    deps.log.warn("could not supersede an earlier round", { roundId, error: String(err) });
  }
}
