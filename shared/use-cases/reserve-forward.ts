import type { Interview, TimelineEvent } from "../domain/interview.js";
import { withEvent } from "../domain/with-event.js";
import type { InterviewStore } from "../ports/interview-store.js";
import { mutateInterview } from "./mutate-interview.js";

/** `reserved`: forward it; `rate_limited`: the interview's forwards for the day are used up; `duplicate`: already done. */
export type ForwardSlot = "reserved" | "rate_limited" | "duplicate";

/**
 * One of the interview's forwards to the candidate for the UTC day of `at`, taken on `current`: the slot,
 * and the item with the count bumped (and `event` on its timeline), or undefined when nothing is to be
 * written. Pure, so that a write that has its own change to make (a reply) takes the slot in that write.
 */
export function takeForward(
  current: Interview,
  input: { at: string; limit: number; event?: TimelineEvent },
): { slot: ForwardSlot; next?: Interview } {
  const day = input.at.slice(0, 10);
  const { event } = input;
  if (event?.ref && current.events.some((e) => e.type === event.type && e.ref === event.ref))
    return { slot: "duplicate" };
  const used = current.inboundForwards?.day === day ? current.inboundForwards.count : 0;
  if (used >= input.limit) return { slot: "rate_limited" };
  const next = { ...current, inboundForwards: { day, count: used + 1 } };
  return { slot: "reserved", next: event ? withEvent(next, event) : next };
}

/**
 * The forward taken for the UTC day of `at` given back, on `current`: for a forward the mail service did
 * not take, so a refusal does not use up the candidate's day. Nothing changes once the day has turned or
 * the count is already 0 (a later day's count is not the one that was taken).
 */
export function giveForwardBack(current: Interview, at: string): Interview {
  const taken = current.inboundForwards;
  if (taken?.day !== at.slice(0, 10) || taken.count <= 0) return current;
  return { ...current, inboundForwards: { day: taken.day, count: taken.count - 1 } };
}

/**
 * Takes one of the interview's forwards to the candidate for the UTC day of `at`, at most `limit` a day,
 * so no one can relay a flood through a chain. The counter lives on the interview item and is bumped by
 * one conditional write (race-free). `event` goes on the timeline in the same write; when it carries a
 * `ref` (the message's Message-ID), a message already recorded under that type is a `duplicate`. A
 * message over the limit writes nothing, so a flood cannot push older events off the timeline.
 */
export async function reserveForward(
  store: Pick<InterviewStore, "get" | "replace">,
  interviewId: string,
  /** `known`: the item as the caller has just read or written it, to start from instead of a read. */
  input: { at: string; limit: number; event?: TimelineEvent; known?: Interview },
): Promise<ForwardSlot> {
  let slot: ForwardSlot = "reserved";
  await mutateInterview(
    store,
    interviewId,
    undefined,
    (current) => {
      const taken = takeForward(current, input);
      slot = taken.slot;
      return taken.next;
    },
    input.known,
  );
  return slot;
}
