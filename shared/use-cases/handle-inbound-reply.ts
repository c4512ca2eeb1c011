import { contactOf } from "../domain/contact-of.js";
import type { Interview } from "../domain/interview.js";
import { recordReply } from "../domain/record-reply.js";
import { isPendingStep } from "../domain/step.js";
import { type ReadDate, readDecisionDate } from "../inbound/extract-dates.js";
import type { ReadDateVerdict } from "../inbound/judge-read-date.js";
import { readJudgedDate } from "../inbound/read-judged-date.js";
import { chainStopWords } from "../mail/chain-stop-words.js";
import type { DecisionDateNote } from "../mail/compose-reply-forward.js";
import {
  decisionDetail,
  OWN_MESSAGE_NOTE,
  REPLACED_CHECK_IN_REASON,
  replyReceivedNote,
  replyStopNote,
} from "../mail/inbound-timeline-words.js";
import { planWords } from "../mail/plan-words.js";
import { forwardReplyToCandidate } from "./forward-reply-to-candidate.js";
import { handleUnverifiedInbound } from "./handle-unverified-inbound.js";
import type { InboundContext } from "./inbound-context.js";
import type { InboundHandled } from "./inbound-outcome.js";
import { mutateWhenSettled } from "./mutate-when-settled.js";
import { noteInboundEvent } from "./note-inbound-event.js";
import { type ForwardSlot, takeForward } from "./reserve-forward.js";
import { scheduleSteps } from "./schedule-steps.js";

/** The visible text kept in the timeline: enough to read, bounded so one item stays small. */
const MAX_EXCERPT = 2000;

/**
 * A person's reply. The candidate's own message changes nothing; one from a sender we cannot trust is
 * handled by handleUnverifiedInbound. A trusted reply stops the whole chain in one conditional write
 * (see recordReply), a decision date it names plans one check-in, and it is forwarded to the candidate
 * once, within the interview's daily forward limit.
 */
export async function handleInboundReply(ctx: InboundContext): Promise<InboundHandled> {
  const { deps, interview, email, from, stepId, now, at, limits, trust } = ctx;
  if (from && from === interview.candidate.email.toLowerCase()) {
    await noteInboundEvent(deps.store, interview.id, {
      at,
      type: "inbound.own_message",
      detail: OWN_MESSAGE_NOTE,
    });
    return { result: "ignored", reason: "the candidate's own message" };
  }
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
  const messageRef = email.messageId;
  if (messageRef && interview.events.some((e) => e.type === "reply.received" && e.ref === messageRef)) {
    return { result: "ignored", reason: "this reply was already handled" };
  }
  const excerpt = (email.visibleText || email.text).trim().slice(0, MAX_EXCERPT);
  const {
    read: decisionRead,
    verdict: decisionVerdict,
    usable: decisionDate,
  } = readJudgedDate(readDecisionDate, email, now, interview.timezone, limits.maxDateAheadDays);
  const name = email.from?.name || from;
  // The forward to the candidate is taken in the reply's own write (one conditional write, not two).
  let slot = "rate_limited" as ForwardSlot;
  const { before, after, changed } = await mutateWhenSettled(
    deps,
    interview.id,
    undefined,
    (current) => {
      const replied = recordReply(current, {
        at,
        now,
        stepId,
        messageRef,
        words: {
          plan: planWords,
          stop: chainStopWords(current, { status: "replied", reason: "replied" }, replyStopNote(name)),
          reply: replyReceivedNote({
            name,
            from,
            relayed: ctx.relayed,
            decision: decisionDetail(decisionRead, decisionVerdict, limits.maxDateAheadDays),
            excerpt,
          }),
          replacedCheckIn: REPLACED_CHECK_IN_REASON,
        },
        decisionDate,
        replier: contactOf(interview, from),
      });
      const taken = takeForward(replied, { at, limit: limits.maxForwardsPerDay });
      slot = taken.slot;
      return taken.next ?? replied;
    },
    undefined,
    interview,
  );
  if (changed) {
    // The schedules of the steps the reply cancelled are left to fire: the sender finds the step cancelled
    // and writes nothing (one read), and each deletes itself after firing. Deleting them here was clean-up,
    // not correctness (the stop is final once written), and cost one Scheduler call per pending step on the
    // path a reply takes (issue 12: a reply in at most 6 calls).
    const added = after.steps.filter((s) => !before.steps.some((b) => b.id === s.id));
    if (added.length) await scheduleSteps(deps, after, added);
  }
  let forwarded = false;
  if (slot === "reserved") {
    const decision = decisionNote(ctx, before, after, decisionRead, decisionVerdict);
    forwarded = await forwardReplyToCandidate(deps, after, email, { decision, at, name });
  }
  const reason = decisionDate
    ? `replied; decision expected by ${decisionDate}`
    : decisionRead && decisionVerdict && !decisionVerdict.usable
      ? `replied; decision date ${decisionRead.date} not used (${decisionVerdict.why})`
      : "replied";
  return {
    result: before.status === "active" || before.status === "completed" ? "stopped" : "recorded",
    reason: forwarded
      ? reason
      : `${reason}; not forwarded (${slot === "reserved" ? "forward_failed" : "forward_rate_limited"})`,
  };
}

/** What the forward tells the candidate about the date the reply named: not used and why, or the check-in. */
function decisionNote(
  ctx: InboundContext,
  before: Interview,
  after: Interview,
  read: ReadDate | undefined,
  verdict: ReadDateVerdict | undefined,
): DecisionDateNote | undefined {
  if (!read) return undefined;
  if (verdict && !verdict.usable)
    return { read, unusable: verdict.why, maxAheadDays: ctx.limits.maxDateAheadDays };
  const checkIn = after.steps.find(
    (s) => s.phase === "after_reply" && isPendingStep(s) && !before.steps.some((b) => b.id === s.id),
  );
  if (!checkIn) return { read };
  return {
    read,
    checkIn: {
      sendAt: checkIn.sendAt,
      to: checkIn.to.name ? `${checkIn.to.name} <${checkIn.to.email}>` : checkIn.to.email,
      manageUrl: ctx.deps.manageUrl?.(after.id, checkIn.id),
    },
  };
}
