import { addPlannedSteps } from "../domain/add-planned-steps.js";
import { deferStepsToAddress } from "../domain/defer-steps-to-address.js";
import { hasEmail } from "../domain/has-email.js";
import type { Contact, Interview } from "../domain/interview.js";
import { newlyCancelledSteps } from "../domain/newly-cancelled-steps.js";
import { planCheckInAfterReply } from "../domain/plan-chain.js";
import { type ContactRole, isPendingStep } from "../domain/step.js";
import { stopChain } from "../domain/stop-chain.js";
import { withEvent } from "../domain/with-event.js";
import { capReturnDate } from "../inbound/cap-return-date.js";
import { classifyInboundEmail } from "../inbound/classify-inbound-email.js";
import { dateReadingReference } from "../inbound/date-reading-reference.js";
import { type ReadDate, readDecisionDate, readReturnDate } from "../inbound/extract-dates.js";
import type { ParsedInboundEmail, ReceiptVerdicts } from "../inbound/inbound-email.js";
import { DEFAULT_INBOUND_LIMITS, type InboundLimits } from "../inbound/inbound-limits.js";
import { judgeReadDate, type ReadDateVerdict } from "../inbound/judge-read-date.js";
import { parseInboundEmail } from "../inbound/parse-inbound-email.js";
import { relayedByCandidate } from "../inbound/relayed-by-candidate.js";
import { senderTrust } from "../inbound/sender-trust.js";
import { composeReplyForward, type DecisionDateNote } from "../mail/compose-reply-forward.js";
import type { InboundLog } from "../ports/inbound-log.js";
import type { Mailer } from "../ports/mailer.js";
import type { MessageIndex, SentMessageRef } from "../ports/message-index.js";
import type { SuppressionList } from "../ports/suppression-list.js";
import { handleUnverifiedInbound } from "./handle-unverified-inbound.js";
import { mutateInterview } from "./mutate-interview.js";
import { mutateWhenSettled } from "./mutate-when-settled.js";
import { recordDeliveryProblem } from "./record-delivery-problem.js";
import { reserveForward } from "./reserve-forward.js";
import { removeSchedules, scheduleSteps } from "./schedule-steps.js";
import { unsubscribeAddress } from "./unsubscribe-address.js";
import type { ChainDeps } from "./use-case-deps.js";

export interface InboundDeps extends ChainDeps {
  mailer: Mailer;
  messages: MessageIndex;
  suppressions: SuppressionList;
  /** Verifies a reply token's HMAC; undefined for a forged, altered or malformed one. */
  verifyToken: (token: string) => SentMessageRef | undefined;
  /** Verifies an interview address token (`i-...`, see interviewAddressToken): the interview id, or undefined. */
  verifyInterviewToken?: (token: string) => string | undefined;
  replyDomain: string;
  /** The operator's record of every inbound message and what became of it. */
  inboundLog?: InboundLog;
  /** Domains of ours besides the reply domain (our sending address's): never a contact's colleague. */
  ownDomains?: string[];
  /** Daily forwards per interview, how far an out-of-office may move steps; defaults when absent. */
  limits?: InboundLimits;
  /** The signed stop/snooze page of a reminder, when the API has a public URL. */
  manageUrl?: (interviewId: string, stepId: string) => string;
}

/** What the message said about itself, for the operator's record. */
export interface InboundAbout {
  from?: string | undefined;
  subject?: string | undefined;
  messageId?: string | undefined;
}

export type InboundOutcome =
  | { result: "rejected"; reason: string }
  | { result: "unmatched"; kind: string; reason: string; about: InboundAbout }
  | {
      result: InterviewResult;
      kind: string;
      reason: string;
      interviewId: string;
      about: InboundAbout;
    };

/** `unverified_sender` and `forward_rate_limited`: a sender we could not trust, and what became of its message. */
type InterviewResult =
  | "stopped"
  | "recorded"
  | "deferred"
  | "ignored"
  | "unverified_sender"
  | "forward_rate_limited";

/** The visible text kept in the timeline: enough to read, bounded so one item stays small. */
const MAX_EXCERPT = 2000;

async function match(
  deps: InboundDeps,
  email: ParsedInboundEmail,
): Promise<SentMessageRef | { forged: true } | undefined> {
  if (email.tokens.length > 0) {
    for (const token of email.tokens) {
      const ref = token.startsWith("i-") ? undefined : deps.verifyToken(token);
      if (ref) return ref;
      const interviewId = token.startsWith("i-") ? deps.verifyInterviewToken?.(token) : undefined;
      // The interview's own address names no step: the step is chosen once the interview is read.
      if (interviewId) return { interviewId, stepId: "" };
    }
    // Addressed to a token of ours that does not verify: never fall back, or a guessed address could act.
    return { forged: true };
  }
  const ids = [email.inReplyTo, ...[...email.references].reverse(), ...email.attachedOriginal.messageIds];
  for (const id of ids) {
    if (!id) continue;
    const ref = await deps.messages.find(id);
    if (ref) return ref;
  }
  return undefined;
}

/**
 * One raw inbound message: parse it, find the chain it answers (signed Reply-To token, else the
 * Message-IDs it quotes), classify it, and act. A person's reply stops the whole chain (one conditional
 * write) and is forwarded to the candidate; an out-of-office moves the contact's pending steps past the
 * return date (by `maxAwayDays` at most); a bounce or complaint makes the address undeliverable for the
 * owner; spam is recorded. Replies and out-of-office messages act only when their sender is trusted (see
 * senderTrust); others change nothing and are handled by handleUnverifiedInbound. Forwards to the
 * candidate are capped per interview and day. Anything unreadable, unmatched or forged changes nothing
 * and is logged with its reason.
 */
export async function handleInboundEmail(
  deps: InboundDeps,
  input: { raw: Buffer; verdicts?: ReceiptVerdicts; sesMessageId?: string },
): Promise<InboundOutcome> {
  const outcome = await processInboundEmail(deps, input);
  if (deps.inboundLog) {
    const about = "about" in outcome ? outcome.about : {};
    await deps.inboundLog
      .record({
        at: deps.clock.now().toISOString(),
        result: outcome.result,
        reason: outcome.reason,
        ...("kind" in outcome ? { kind: outcome.kind } : {}),
        ...("interviewId" in outcome ? { interviewId: outcome.interviewId } : {}),
        ...(about.from ? { from: about.from } : {}),
        ...(about.subject ? { subject: about.subject.slice(0, 200) } : {}),
        ...(about.messageId ? { messageId: about.messageId } : {}),
        ...(input.sesMessageId ? { sesMessageId: input.sesMessageId } : {}),
      })
      .catch((err) =>
        deps.log.warn("could not record an inbound message in the log", { error: String(err) }),
      );
  }
  return outcome;
}

async function processInboundEmail(
  deps: InboundDeps,
  input: { raw: Buffer; verdicts?: ReceiptVerdicts },
): Promise<InboundOutcome> {
  const parsed = await parseInboundEmail(input.raw, {
    replyDomain: deps.replyDomain,
    ...(input.verdicts ? { verdicts: input.verdicts } : {}),
  });
  if (parsed.kind === "rejected") {
    deps.log.warn("inbound message rejected", { reason: parsed.reason, sizeBytes: parsed.sizeBytes });
    return { result: "rejected", reason: parsed.reason };
  }
  const classification = classifyInboundEmail(parsed);
  const kind = classification.kind;
  const about: InboundAbout = {
    from: parsed.from?.address,
    subject: parsed.subject,
    messageId: parsed.messageId,
  };
  const ref = await match(deps, parsed);
  if (!ref || "forged" in ref) {
    const reason = ref ? "its reply token is forged or altered" : "it matches no chain";
    deps.log.warn("inbound message not matched", {
      kind,
      reason,
      from: parsed.from?.address,
      messageId: parsed.messageId,
    });
    return { result: "unmatched", kind, reason, about };
  }
  const interview = await deps.store.get(ref.interviewId);
  if (!interview) return { result: "unmatched", kind, reason: "its interview no longer exists", about };
  const stepId = ref.stepId || latestSentStepId(interview);
  const now = deps.clock.now();
  const at = now.toISOString();
  // A contact's reply the candidate forwarded (remind mode) is read as that contact's own message.
  const relayed = relayedByCandidate(parsed, interview.candidate.email);
  const email = relayed ?? parsed;
  const from = email.from?.address ?? "";
  const step = interview.steps.find((s) => s.id === stepId);
  const limits = deps.limits ?? DEFAULT_INBOUND_LIMITS;
  const done = (result: InterviewResult, reason: string): InboundOutcome => {
    deps.log.info("inbound message handled", {
      kind,
      result,
      reason,
      interviewId: interview.id,
      stepId,
    });
    return { result, kind, reason, interviewId: interview.id, about };
  };
  // Holding a reply address (or quoting a Message-ID we sent) is not enough to stop or move a chain.
  const trust = senderTrust({
    from,
    contacts: contactAddresses(interview),
    verdicts: input.verdicts,
    ownDomains: [deps.replyDomain, ...(deps.ownDomains ?? [])],
  });
  const untrusted = async (distrust: string): Promise<InboundOutcome> => {
    const handled = await handleUnverifiedInbound(deps, {
      interview,
      email,
      kind,
      distrust,
      at,
      maxForwardsPerDay: limits.maxForwardsPerDay,
    });
    return done(handled.result, handled.reason);
  };

  switch (kind) {
    case "bounce":
    case "complaint": {
      const addresses =
        kind === "bounce"
          ? classification.bouncedRecipients.map((r) => r.address)
          : step?.to.email
            ? [step.to.email]
            : [];
      if (kind === "bounce" && classification.permanent === false) {
        await note(
          deps,
          interview.id,
          at,
          "inbound.delayed",
          `A delivery delay was reported for ${addresses.join(", ")}.`,
        );
        return done("recorded", "a temporary delivery delay");
      }
      const known = addresses.filter((a) =>
        interview.steps.some((s) => s.to.email.toLowerCase() === a.toLowerCase()),
      );
      // A report naming only addresses we never wrote to (a forwarding address) suppresses nobody of ours;
      // one that names none at all is about the email it answers.
      const targets = known.length > 0 ? known : addresses.length === 0 && step ? [step.to.email] : [];
      if (targets.length === 0) {
        await note(
          deps,
          interview.id,
          at,
          `inbound.${kind}`,
          `A ${kind} report named ${addresses.join(", ")}, none of them a contact of this chain.`,
        );
        return done("recorded", `${kind} for addresses that are not contacts`);
      }
      await recordDeliveryProblem(deps, {
        kind,
        interviewId: interview.id,
        stepId,
        addresses: targets,
      });
      return done("recorded", `${kind}: ${targets.join(", ")} undeliverable`);
    }
    case "unsubscribe": {
      // Apple Mail's one-click unsubscribe (and the like) is the contact asking us to stop writing to them.
      // Only the contact's own address can unsubscribe itself; anyone else changes nothing.
      if (!trust.trusted || trust.as !== "contact" || !from) {
        await note(
          deps,
          interview.id,
          at,
          "inbound.unsubscribe_ignored",
          `An unsubscribe request from ${from || "an unknown sender"} was not acted on: ${trust.trusted ? "not a contact's own address" : trust.reason}.`,
        );
        return done("recorded", "unsubscribe request from someone other than the contact");
      }
      const cancelled = await unsubscribeAddress(deps, {
        owner: interview.owner,
        email: from,
        originId: interview.id,
        how: "by an unsubscribe email",
      });
      return done("recorded", `${from} unsubscribed (${cancelled} steps cancelled)`);
    }
    case "spam":
      await note(
        deps,
        interview.id,
        at,
        "inbound.spam",
        `A message from ${from} was flagged (${classification.reason}); the chain goes on.`,
      );
      return done("recorded", classification.reason);
    case "auto_reply": {
      if (!trust.trusted) return untrusted(trust.reason);
      const returnRead = readReturnDate(
        email.visibleText || email.text,
        dateReadingReference(email.date, now),
        interview.timezone,
      );
      const returnVerdict = returnRead
        ? judgeReadDate(returnRead.date, now, interview.timezone, limits.maxDateAheadDays)
        : undefined;
      const returnDate = returnRead && returnVerdict?.usable ? returnRead.date : undefined;
      const notUsed =
        returnRead && returnVerdict && !returnVerdict.usable
          ? `"${returnRead.phrase}" (${returnRead.date}) was not used: ${unusableWhy(returnVerdict, limits.maxDateAheadDays)}`
          : undefined;
      // "Until December 31, 2099": a return date past the limit moves the steps by the limit only.
      const capped = returnDate
        ? capReturnDate(returnDate, now, interview.timezone, limits.maxAwayDays)
        : undefined;
      // The person who is away: the sender when we write to them, else whoever the step went to.
      const isContact = interview.steps.some((s) => s.to.email.toLowerCase() === from);
      const contact = isContact ? from : (step?.to.email ?? from);
      let moved: Interview["steps"] = [];
      const { after } = await mutateInterview(deps.store, interview.id, undefined, (current) => {
        const detail = capped?.capped
          ? `Automatic reply from ${from}: away until ${returnDate}, more than ${limits.maxAwayDays} days away; follow-ups to ${contact} wait ${limits.maxAwayDays} days, until ${capped.date}, not longer.`
          : returnDate
            ? `Automatic reply from ${from}: away until ${returnDate}; follow-ups to ${contact} wait until then.`
            : notUsed
              ? `Automatic reply from ${from}: the return date ${notUsed}; the chain goes on.`
              : `Automatic reply from ${from}; the chain goes on.`;
        const deferred = capped
          ? deferStepsToAddress(current, contact, capped.date, at)
          : { interview: current, moved: [] };
        moved = deferred.moved;
        return withEvent(deferred.interview, { at, type: "inbound.auto_reply", stepId, detail });
      });
      if (moved.length) await scheduleSteps(deps, after, moved);
      return done(
        moved.length ? "deferred" : "recorded",
        capped?.capped
          ? `away until ${returnDate}; steps moved by at most ${limits.maxAwayDays} days, to ${capped.date}`
          : returnDate
            ? `away until ${returnDate}`
            : notUsed
              ? `return date ${notUsed}`
              : "no return date",
      );
    }
    case "reply": {
      if (from && from === interview.candidate.email.toLowerCase()) {
        await note(
          deps,
          interview.id,
          at,
          "inbound.own_message",
          "Your own message in the thread was received; the chain goes on.",
        );
        return done("ignored", "the candidate's own message");
      }
      if (!trust.trusted) return untrusted(trust.reason);
      const messageRef = email.messageId;
      if (messageRef && interview.events.some((e) => e.type === "reply.received" && e.ref === messageRef)) {
        return done("ignored", "this reply was already handled");
      }
      const excerpt = (email.visibleText || email.text).trim().slice(0, MAX_EXCERPT);
      const decisionRead = readDecisionDate(
        email.visibleText || email.text,
        dateReadingReference(email.date, now),
        interview.timezone,
      );
      const decisionVerdict = decisionRead
        ? judgeReadDate(decisionRead.date, now, interview.timezone, limits.maxDateAheadDays)
        : undefined;
      const decisionDate = decisionRead && decisionVerdict?.usable ? decisionRead.date : undefined;
      const name = email.from?.name || from;
      const replier = contactOf(interview, from);
      const { before, after, changed } = await mutateWhenSettled(deps, interview.id, undefined, (current) => {
        // A reply stops a running chain (or one that just ran out of steps and was still waiting for
        // this answer); an outcome the candidate already recorded stays as it is.
        let next: Interview =
          current.status === "active" || current.status === "completed"
            ? stopChain(current, {
                status: "replied",
                reason: "replied",
                at,
                detail: `${name} replied: the chain stops.`,
              })
            : current;
        if (decisionDate && next.status === "replied") {
          next = { ...next, decisionExpectedBy: decisionDate };
          if (replier) {
            // A newer date replaces the check-in an earlier reply planned.
            next = {
              ...next,
              steps: next.steps.map((s) =>
                s.phase === "after_reply" && isPendingStep(s)
                  ? {
                      ...s,
                      status: "cancelled" as const,
                      reason: "a later reply named a new date",
                      updatedAt: at,
                    }
                  : s,
              ),
            };
            const planned = planCheckInAfterReply({
              details: next,
              now,
              contact: replier.contact,
              role: replier.role,
              decisionDate,
            });
            next = addPlannedSteps(next, planned, at);
          }
        }
        return withEvent(next, {
          at,
          type: "reply.received",
          stepId,
          ...(messageRef ? { ref: messageRef } : {}),
          detail: `${name} <${from}>${relayed ? " (forwarded by the candidate)" : ""}${decisionDetail(decisionRead, decisionVerdict, limits.maxDateAheadDays)}: ${excerpt}`,
        });
      });
      if (changed) {
        await removeSchedules(deps, newlyCancelledSteps(before, after));
        const added = after.steps.filter((s) => !before.steps.some((b) => b.id === s.id));
        if (added.length) await scheduleSteps(deps, after, added);
      }
      const slot = await reserveForward(deps.store, interview.id, { at, limit: limits.maxForwardsPerDay });
      const checkIn = after.steps.find(
        (s) => s.phase === "after_reply" && isPendingStep(s) && !before.steps.some((b) => b.id === s.id),
      );
      const decision: DecisionDateNote | undefined = !decisionRead
        ? undefined
        : decisionVerdict && !decisionVerdict.usable
          ? { read: decisionRead, unusable: decisionVerdict.why, maxAheadDays: limits.maxDateAheadDays }
          : {
              read: decisionRead,
              ...(checkIn
                ? {
                    checkIn: {
                      sendAt: checkIn.sendAt,
                      to: checkIn.to.name ? `${checkIn.to.name} <${checkIn.to.email}>` : checkIn.to.email,
                      manageUrl: deps.manageUrl?.(after.id, checkIn.id),
                    },
                  }
                : {}),
            };
      if (slot === "reserved") await forward(deps, after, email, decision);
      const reason = decisionDate
        ? `replied; decision expected by ${decisionDate}`
        : decisionRead && decisionVerdict && !decisionVerdict.usable
          ? `replied; decision date ${decisionRead.date} not used (${decisionVerdict.why})`
          : "replied";
      return done(
        before.status === "active" || before.status === "completed" ? "stopped" : "recorded",
        slot === "reserved" ? reason : `${reason}; not forwarded (forward_rate_limited)`,
      );
    }
    default:
      return done("ignored", classification.reason);
  }
}

/** The step a message to the interview's own address is recorded against: the last one sent, else the first. */
function latestSentStepId(interview: Interview): string {
  const sent = interview.steps
    .filter((s) => s.sentAt !== undefined)
    .sort((a, b) => (a.sentAt ?? "").localeCompare(b.sentAt ?? ""));
  return sent[sent.length - 1]?.id ?? interview.steps[0]?.id ?? "";
}

/** Everyone the chain writes to on the candidate's behalf: who may answer for it. */
function contactAddresses(interview: Interview): string[] {
  return [
    ...interview.interviewers.flatMap((c) => (c.email ? [c.email] : [])),
    ...(interview.recruiter ? [interview.recruiter.email] : []),
    ...(interview.referrer ? [interview.referrer.email] : []),
  ];
}

/** The interview's contact with this address, and their role. */
function contactOf(interview: Interview, email: string): { contact: Contact; role: ContactRole } | undefined {
  const same = (c?: { email: string }) => c?.email.toLowerCase() === email;
  if (interview.recruiter && same(interview.recruiter))
    return { contact: interview.recruiter, role: "recruiter" };
  const interviewer = interview.interviewers.filter(hasEmail).find(same);
  if (interviewer) return { contact: interviewer, role: "interviewer" };
  if (interview.referrer && same(interview.referrer))
    return { contact: interview.referrer, role: "referrer" };
  return undefined;
}

/** Why a date read from a message plans nothing, in words. */
function unusableWhy(verdict: ReadDateVerdict, maxAheadDays: number): string {
  if (verdict.usable) return "";
  return verdict.why === "past" ? "it is already past" : `it is more than ${maxAheadDays} days ahead`;
}

/** The timeline's note on a decision date: the date used, or what was read and why it was not. */
function decisionDetail(
  read: ReadDate | undefined,
  verdict: ReadDateVerdict | undefined,
  maxAheadDays: number,
): string {
  if (!read || !verdict) return "";
  if (verdict.usable) return ` (decision expected by ${read.date})`;
  return ` (decision date "${read.phrase}" read as ${read.date}, not used: ${unusableWhy(verdict, maxAheadDays)})`;
}

async function note(deps: InboundDeps, id: string, at: string, type: string, detail: string): Promise<void> {
  await mutateInterview(deps.store, id, undefined, (current) => withEvent(current, { at, type, detail }));
}

/** The candidate gets the reply in their own inbox, with a Reply-To that answers the contact directly. */
async function forward(
  deps: InboundDeps,
  interview: Interview,
  email: ParsedInboundEmail,
  decision: DecisionDateNote | undefined,
) {
  const { from, subject, text } = email;
  try {
    await deps.mailer.send(composeReplyForward({ interview, from, subject, text, decision }));
  } catch (err) {
    // The stop is what matters and it is written; the reply is also on the timeline.
    deps.log.error("could not forward a reply to the candidate", {
      interviewId: interview.id,
      error: String(err),
    });
  }
}
