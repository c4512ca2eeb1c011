import type { DeferWords } from "../domain/defer-steps-to-address.js";
import type { ReadDate } from "../inbound/extract-dates.js";
import type { ReadDateVerdict } from "../inbound/judge-read-date.js";
import { dayAndTimeWords } from "./date-words.js";
import { withMoveNote } from "./with-move-note.js";

/**
 * The words the candidate reads on the timeline about inbound mail: what a reply, an automatic reply, a
 * report or an unsubscribe request did to the chain. Kept together so the wording is in one room.
 */

/** Why a date read from a message plans nothing, in words. */
export function unusableDateWhy(verdict: ReadDateVerdict, maxAheadDays: number): string {
  if (verdict.usable) return "";
  return verdict.why === "past" ? "it is already past" : `it is more than ${maxAheadDays} days ahead`;
}

/** The timeline's note on a decision date: the date used, or what was read and why it was not. */
export function decisionDetail(
  read: ReadDate | undefined,
  verdict: ReadDateVerdict | undefined,
  maxAheadDays: number,
): string {
  if (!read || !verdict) return "";
  if (verdict.usable) return ` (decision expected by ${read.date})`;
  return ` (decision date "${read.phrase}" read as ${read.date}, not used: ${unusableDateWhy(verdict, maxAheadDays)})`;
}

export function delayedDeliveryNote(addresses: readonly string[]): string {
  return `A delivery delay was reported for ${addresses.join(", ")}.`;
}

export function reportForStrangersNote(kind: "bounce" | "complaint", addresses: readonly string[]): string {
  return `A ${kind} report named ${addresses.join(", ")}, none of them a contact of this chain.`;
}

export function unsubscribeIgnoredNote(from: string, why: string): string {
  return `An unsubscribe request from ${from || "an unknown sender"} was not acted on: ${why}.`;
}

export function spamNote(from: string, reason: string): string {
  return `A message from ${from} was flagged (${reason}); the chain goes on.`;
}

export const OWN_MESSAGE_NOTE = "Your own message in the thread was received; the chain goes on.";

/** What an out-of-office did: steps to the person away wait until their return (capped), or nothing. */
export function autoReplyNote(input: {
  from: string;
  contact: string;
  returnDate?: string | undefined;
  /** The date the steps wait until when the return date was past the limit. */
  cappedTo?: string | undefined;
  maxAwayDays: number;
  /** Why a return date that was read is not used. */
  notUsed?: string | undefined;
}): string {
  const { from, contact, returnDate } = input;
  if (input.cappedTo)
    return `Automatic reply from ${from}: away until ${returnDate}, more than ${input.maxAwayDays} days away; follow-ups to ${contact} wait ${input.maxAwayDays} days, until ${input.cappedTo}, not longer.`;
  if (returnDate)
    return `Automatic reply from ${from}: away until ${returnDate}; follow-ups to ${contact} wait until then.`;
  if (input.notUsed)
    return `Automatic reply from ${from}: the return date ${input.notUsed}; the chain goes on.`;
  return `Automatic reply from ${from}; the chain goes on.`;
}

/** A return date that was read and not used, as the timeline and the operator's record say it. */
export function returnDateNotUsed(read: ReadDate, verdict: ReadDateVerdict, maxAheadDays: number): string {
  return `"${read.phrase}" (${read.date}) was not used: ${unusableDateWhy(verdict, maxAheadDays)}`;
}

/** What a deferral to a return date says of the steps it moves, and of those it does not. */
export const DEFER_WORDS: DeferWords = {
  nudgePastDecision: "they are away until the decision date this note was to come before, or later",
  movedWhy: (step, at, returnDate, respaced) =>
    withMoveNote(
      step.why,
      `Moved to ${dayAndTimeWords(at, step.timezone)}: ${
        respaced ? "kept apart from the follow-up that goes on their return" : `away until ${returnDate}`
      }.`,
    ),
};

/** Why the check-in an earlier reply planned is cancelled when a later reply names a new decision date. */
export const REPLACED_CHECK_IN_REASON = "a later reply named a new date";

export function replyStopNote(name: string): string {
  return `${name} replied: the chain stops.`;
}

/** The reply on the timeline: who, whether the candidate relayed it, its decision date, and its words. */
export function replyReceivedNote(input: {
  name: string;
  from: string;
  relayed: boolean;
  decision: string;
  excerpt: string;
}): string {
  return `${input.name} <${input.from}>${input.relayed ? " (forwarded by the candidate)" : ""}${input.decision}: ${input.excerpt}`;
}

export function unverifiedNote(from: string, distrust: string): string {
  return `A message from ${from} was not trusted (${distrust}); it changed nothing and was forwarded to you marked unverified.`;
}

/**
 * A forward to the candidate that did not leave: `what` names the message ("The reply from Rita Ruiz"),
 * `why` is the mail service's answer; `unknown` when it did not answer, so the forward may have left.
 */
export function forwardFailedNote(what: string, why: string, unknown: boolean): string {
  const outcome = unknown
    ? `may not have been forwarded to you: the mail service did not answer (${why})`
    : `could not be forwarded to you: the mail service refused it (${why})`;
  return `${what} ${outcome}. The whole message is kept in the service's raw inbound mail store.`;
}
