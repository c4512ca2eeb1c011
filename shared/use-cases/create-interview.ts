import { addPlannedSteps, markStepsScheduled } from "../domain/add-planned-steps.js";
import { countUnansweredFollowUps } from "../domain/count-unanswered-follow-ups.js";
import type { Interview, InterviewDetails } from "../domain/interview.js";
import { newlyCancelledSteps } from "../domain/newly-cancelled-steps.js";
import { nextUlid } from "../domain/next-ulid.js";
import { planChain } from "../domain/plan-chain.js";
import { quotaContactAddresses } from "../domain/quota-contact-addresses.js";
import { isPendingStep } from "../domain/step.js";
import { stopChain } from "../domain/stop-chain.js";
import { ulidTime } from "../domain/ulid-time.js";
import { withEvent } from "../domain/with-event.js";
import { DependencyUnavailableError } from "../errors/app-error.js";
import { VersionConflictError } from "../errors/version-conflict-error.js";
import { chainStopWords } from "../mail/chain-stop-words.js";
import {
  laterRoundRegisteredNote,
  laterRoundStepReason,
  registeredNote,
  supersededByNote,
} from "../mail/chain-timeline-words.js";
import { stepWhyWords } from "../mail/plan-words.js";
import type { OwnerQuotaTaken } from "../ports/owner-quota-ledger.js";
import { loadReaching } from "./load-reaching.js";
import { mutateWhenSettled } from "./mutate-when-settled.js";
import type { RegistrationUsageDeps } from "./reserve-usage.js";
import { createSchedules, removeSchedules, scheduleSteps } from "./schedule-steps.js";
import type { ChainDeps } from "./use-case-deps.js";

/** The store operations registration calls. */
export type CreateChainDeps = ChainDeps<"listByApplication" | "get" | "create" | "replace">;

/**
 * How long after now a schedule created before its interview is stored may fire at the earliest: far longer
 * than a registration request may run (API Gateway gives up after 30 s), so the item is always there first.
 */
export const SCHEDULE_LEAD_MS = 60_000;

/**
 * Registers an interview round: plans its chain (counting follow-ups already sent in earlier rounds of the
 * same application, and to the same addresses in any, toward the caps), creates one schedule per step, then
 * stores it, already saying which schedules exist, and supersedes earlier rounds still running.
 *
 * In the common case that is K + 3 AWS calls for K steps (issue 12): the rounds of the application (one
 * Query), the owner's quotas (one conditional write, which also answers which interviews reach the
 * addresses), K CreateSchedules and one PutItem. The schedules come before the item so that no write has to
 * follow the item to record them: none fires within SCHEDULE_LEAD_MS, and if the item is never stored (a
 * crash, a failed write) they fire, find no interview and do nothing. A schedule that could not be created
 * leaves its step `unscheduled`, where the reconciler finds it.
 *
 * A round registered after a later round of the same application (the onsite first, then the phone screen
 * before it) is stored already `superseded`: two live chains would each chase the same recruiter up to the
 * cap. It is kept, with its would-be steps cancelled, so the candidate sees what happened and why.
 *
 * With `id` (reserved by an Idempotency-Key before the first attempt), a retry of a request whose
 * interview was stored although its answer was lost finds that interview instead of making a second
 * chain: it finishes what the first attempt may not have (superseding, schedules, which are named after
 * the interview and step, so re-creating them only re-asserts them) and answers it. The quota write tells
 * whether an earlier attempt got that far today, so only then (or for an id reserved on an earlier day)
 * does the retry look for the interview first.
 *
 * With `usage`, the owner's quotas hold: the interview takes one of the day's new interviews and each of
 * its contact addresses not yet counted in this 30-day window takes a distinct contact; over either, a 429
 * and nothing is written. Follow-ups the owner's other interviews sent to the same addresses count toward
 * the cap of unanswered follow-ups too, whatever application they were filed under. A retry of the same
 * request is not charged again.
 */
export async function createInterview(
  deps: CreateChainDeps & { usage?: RegistrationUsageDeps },
  request: { owner: string; details: InterviewDetails; id?: string },
): Promise<Interview> {
  const { owner, details } = request;
  const now = deps.clock.now();
  const at = now.toISOString();
  const id = request.id ?? nextUlid(now.getTime());
  // A first attempt may have stored this very interview: it is not a round of its own application.
  const rounds = (await deps.store.listByApplication(owner, details.applicationKey)).filter(
    (r) => r.id !== id,
  );
  const emails = quotaContactAddresses(details);
  let taken: OwnerQuotaTaken | undefined;
  try {
    taken =
      deps.usage &&
      (await deps.usage.ledger.take({
        owner,
        interviewId: id,
        countInterview: true,
        emails,
        now,
        limits: deps.usage.limits,
      }));
  } catch (err) {
    // The store did not answer: a read would wait as long again (a hung table cost a request 5 s here,
    // then 5 s more to release the Idempotency-Key, past a client's patience and the function's 10 s).
    // The 503 stands; the client's retry with the same key finds the interview if it was stored.
    if (err instanceof DependencyUnavailableError) throw err;
    // A retry (same Idempotency-Key) of a request whose interview was stored: it was charged then.
    const stored = request.id !== undefined ? await storedOf(deps, request.id, owner) : undefined;
    if (!stored) throw err;
    return finishStored(deps, stored, rounds, at);
  }
  if (request.id !== undefined && (!deps.usage || taken?.repeated || !sameUtcDay(request.id, now))) {
    const stored = await storedOf(deps, request.id, owner);
    if (stored) return finishStored(deps, stored, rounds, at);
  }
  const reaching = await loadReaching(deps, owner, taken?.reaching ?? []);

  const interviewedAt = Date.parse(details.interviewedAt);
  const earlierRounds = rounds.filter((r) => Date.parse(r.interviewedAt) <= interviewedAt);
  const latestLater = rounds
    .filter((r) => Date.parse(r.interviewedAt) > interviewedAt)
    .sort((a, b) => Date.parse(b.interviewedAt) - Date.parse(a.interviewedAt))[0];
  const planned = planChain({
    details,
    now,
    words: stepWhyWords,
    priorUnansweredFollowUps: countUnansweredFollowUps(earlierRounds, reaching),
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
  // A superseded round has nothing pending, so this creates no schedule for it.
  const created = await createSchedules(
    deps,
    id,
    born.steps.filter(isPendingStep),
    new Date(now.getTime() + SCHEDULE_LEAD_MS),
  );
  const toStore = markStepsScheduled(born, [...created], at);
  let interview: Interview;
  try {
    interview = await createOrFindReserved(deps, toStore, request.id !== undefined);
  } catch (err) {
    // Refused: nothing was stored, so the quota is given back (best effort; the store's error is the one
    // to report), and the schedules fire, find no interview and do nothing. A store that did not answer may
    // have stored it: the quota stays taken (one too many is safe; a retry with the same key is not
    // charged again).
    if (taken && !(err instanceof DependencyUnavailableError))
      await deps.usage?.ledger
        .release(owner, {
          interviewId: id,
          counted: !taken.repeated,
          fresh: taken.fresh,
          listed: emails,
          now,
        })
        .catch(() => {});
    throw err;
  }
  if (interview !== toStore) {
    // An earlier attempt's interview (a retry that lost the race to it): its own plan and schedules stand.
    return finishStored(deps, interview, rounds, at);
  }
  for (const round of earlierRounds.filter((r) => r.status === "active")) {
    await supersede(deps, round.id, latestLater ?? interview, at);
  }
  return interview;
}

/** The interview of a reserved id if an earlier attempt stored it (for this owner). */
async function storedOf(deps: ChainDeps<"get">, id: string, owner: string): Promise<Interview | undefined> {
  const stored = await deps.store.get(id);
  return stored?.owner === owner ? stored : undefined;
}

/**
 * What an earlier attempt that stored the interview may not have done: supersede earlier rounds and
 * create its schedules (named after the interview and step, so re-creating them re-asserts them at the
 * stored times, also undoing any this attempt moved).
 */
async function finishStored(
  deps: CreateChainDeps,
  stored: Interview,
  rounds: readonly Interview[],
  at: string,
): Promise<Interview> {
  const interviewedAt = Date.parse(stored.interviewedAt);
  const latestLater = rounds
    .filter((r) => Date.parse(r.interviewedAt) > interviewedAt)
    .sort((a, b) => Date.parse(b.interviewedAt) - Date.parse(a.interviewedAt))[0];
  const earlier = rounds.filter((r) => Date.parse(r.interviewedAt) <= interviewedAt && r.status === "active");
  for (const round of earlier) await supersede(deps, round.id, latestLater ?? stored, at);
  return scheduleSteps(deps, stored, stored.steps.filter(isPendingStep));
}

/** Whether an id (a ULID) was made on the UTC day of `now`; an id that is no ULID never is. */
function sameUtcDay(id: string, now: Date): boolean {
  const made = ulidTime(id);
  return made !== undefined && Math.floor(made / 86_400_000) === Math.floor(now.getTime() / 86_400_000);
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
    // The store did not answer: a 201 now would leave two live chains chasing one recruiter, and the
    // client would never retry. The 503 stands; the retry with the same Idempotency-Key finds the stored
    // round and supersedes (finishStored).
    if (err instanceof DependencyUnavailableError) throw err;
    // Refused (a conflict that kept coming back, a round gone): the new round is stored and planned; an
    // earlier round left running is visible and can be stopped.
    deps.log.warn("could not supersede an earlier round", { roundId, error: String(err) });
  }
}
