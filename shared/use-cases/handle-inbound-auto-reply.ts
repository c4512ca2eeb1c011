import { deferStepsToAddress } from "../domain/defer-steps-to-address.js";
import type { Interview } from "../domain/interview.js";
import { withEvent } from "../domain/with-event.js";
import { capReturnDate } from "../inbound/cap-return-date.js";
import { readReturnDate } from "../inbound/extract-dates.js";
import { readJudgedDate } from "../inbound/read-judged-date.js";
import { autoReplyNote, DEFER_WORDS, returnDateNotUsed } from "../mail/inbound-timeline-words.js";
import { handleUnverifiedInbound } from "./handle-unverified-inbound.js";
import type { InboundContext } from "./inbound-context.js";
import type { InboundHandled } from "./inbound-outcome.js";
import { mutateInterview } from "./mutate-interview.js";
import { removeSchedules, scheduleSteps } from "./schedule-steps.js";

/**
 * A trusted contact's automatic reply: an out-of-office naming a usable return date moves that person's
 * pending steps past it (by `maxAwayDays` at most); any other goes on the timeline and the chain goes on.
 * From a sender we cannot trust, it changes nothing (see handleUnverifiedInbound).
 */
export async function handleInboundAutoReply(ctx: InboundContext): Promise<InboundHandled> {
  const { deps, interview, email, from, step, stepId, now, at, limits, trust } = ctx;
  if (!trust.trusted) {
    return handleUnverifiedInbound(deps, {
      interview,
      email,
      kind: ctx.classification.kind,
      distrust: trust.reason,
      at,
      maxForwardsPerDay: limits.maxForwardsPerDay,
    });
  }
  const {
    read: returnRead,
    verdict: returnVerdict,
    usable: returnDate,
  } = readJudgedDate(readReturnDate, email, now, interview.timezone, limits.maxDateAheadDays);
  const notUsed =
    returnRead && returnVerdict && !returnVerdict.usable
      ? returnDateNotUsed(returnRead, returnVerdict, limits.maxDateAheadDays)
      : undefined;
  // "Until December 31, 2099": a return date past the limit moves the steps by the limit only.
  const capped = returnDate
    ? capReturnDate(returnDate, now, interview.timezone, limits.maxAwayDays)
    : undefined;
  // The person who is away: the sender when we write to them, else whoever the step went to.
  const isContact = interview.steps.some((s) => s.to.email.toLowerCase() === from);
  const contact = isContact ? from : (step?.to.email ?? from);
  let moved: Interview["steps"] = [];
  let cancelled: Interview["steps"] = [];
  const { after } = await mutateInterview(deps.store, interview.id, undefined, (current) => {
    const detail = autoReplyNote({
      from,
      contact,
      returnDate,
      cappedTo: capped?.capped ? capped.date : undefined,
      maxAwayDays: limits.maxAwayDays,
      notUsed,
    });
    const deferred = capped
      ? deferStepsToAddress(current, contact, capped.date, at, DEFER_WORDS)
      : { interview: current, moved: [], cancelled: [] };
    moved = deferred.moved;
    cancelled = deferred.cancelled;
    return withEvent(deferred.interview, { at, type: "inbound.auto_reply", stepId, detail });
  });
  if (moved.length) await scheduleSteps(deps, after, moved);
  await removeSchedules(deps, cancelled);
  return {
    result: moved.length || cancelled.length ? "deferred" : "recorded",
    reason: capped?.capped
      ? `away until ${returnDate}; steps moved by at most ${limits.maxAwayDays} days, to ${capped.date}`
      : returnDate
        ? `away until ${returnDate}`
        : notUsed
          ? `return date ${notUsed}`
          : "no return date",
  };
}
