import type { Interview } from "../domain/interview.js";
import { SNOOZE_DAYS, snoozeSteps } from "../domain/snooze-steps.js";
import type { Step } from "../domain/step.js";
import { stepsToSend } from "../domain/steps-to-send.js";
import { withEvent } from "../domain/with-event.js";
import { ChainNotActiveError } from "../errors/chain-not-active-error.js";
import { SNOOZE_WORDS, snoozedNote } from "../mail/chain-timeline-words.js";
import { mutateInterview } from "./mutate-interview.js";
import type { Precondition } from "./precondition.js";
import { removeSchedules, scheduleSteps } from "./schedule-steps.js";
import type { ChainDeps } from "./use-case-deps.js";

/**
 * A second snooze this soon after one is taken for the same request (a double click, a browser or mail
 * client resubmitting the form, a retried POST) and changes nothing, so a chain is never pushed two weeks
 * by accident. A candidate who wants another week snoozes again later.
 */
export const SNOOZE_REPEAT_WINDOW_MS = 10 * 60_000;

export const CHAIN_SNOOZED_EVENT = "chain.snoozed";

export interface SnoozeResult {
  interview: Interview;
  /** The steps moved by this request; empty for a repeat or when nothing was pending. */
  moved: Step[];
  /** Pre-decision nudges this request cancelled: moved, they would have gone on or after the decision date. */
  cancelled: Step[];
  /** True when a snooze was recorded less than SNOOZE_REPEAT_WINDOW_MS ago, so this one did nothing. */
  repeated: boolean;
}

/**
 * Pushes every pending step of a chain that still has some to send back by `days` (default SNOOZE_DAYS), each to the first send slot on or
 * after its old time plus a week: one conditional write, then the moved schedules are updated (a schedule
 * that cannot be leaves its step `unscheduled` for the reconciler; an old one that still fires early is
 * ignored by the sender). A chain with nothing left to send answers 409: there is nothing to snooze.
 */
export async function snoozeInterview(
  deps: ChainDeps<"get" | "replace">,
  request: {
    id: string;
    owner?: string | undefined;
    days?: number | undefined;
    precondition?: Precondition | undefined;
  },
): Promise<SnoozeResult> {
  const days = request.days ?? SNOOZE_DAYS;
  let moved: Step[] = [];
  let cancelled: Step[] = [];
  let repeated = false;
  const { after, changed } = await mutateInterview(deps.store, request.id, request.owner, (current) => {
    request.precondition?.(current);
    // The time of the write, not of the request: a snooze retried after another write comes after it.
    const now = deps.clock.now();
    const at = now.toISOString();
    moved = [];
    cancelled = [];
    repeated = false;
    // Not only an active chain: a reply's check-in and a rejection's notes are pending steps too.
    if (current.status !== "active" && stepsToSend(current).length === 0) {
      throw new ChainNotActiveError(current, "there is nothing to snooze");
    }
    const last = current.events.findLast((e) => e.type === CHAIN_SNOOZED_EVENT);
    if (last && now.getTime() - Date.parse(last.at) < SNOOZE_REPEAT_WINDOW_MS) {
      repeated = true;
      return undefined;
    }
    const result = snoozeSteps(current, at, days, SNOOZE_WORDS);
    // Nothing pending (every step sent or in flight): no write, no event.
    if (result.moved.length + result.cancelled.length === 0) return undefined;
    moved = result.moved;
    cancelled = result.cancelled;
    const next = [...moved].sort((a, b) => Date.parse(a.sendAt) - Date.parse(b.sendAt))[0];
    return withEvent(result.interview, {
      at,
      type: CHAIN_SNOOZED_EVENT,
      detail: snoozedNote(days, moved.length, next),
    });
  });
  if (!changed) return { interview: after, moved: [], cancelled: [], repeated };
  await removeSchedules(deps, cancelled);
  return { interview: await scheduleSteps(deps, after, moved), moved, cancelled, repeated: false };
}
