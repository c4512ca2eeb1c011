import type { Interview } from "./interview.js";
import { CADENCE_PRESETS, type CadencePreset } from "./planner-settings.js";
import { FOLLOW_UP_KINDS, STEP_KINDS, type Step, type StepKind } from "./step.js";

/** How the steps of one group fared: how many went out, how many got a person's reply, and how fast. */
export interface ReplyFigures {
  /** Steps that went out (status `sent`). */
  sent: number;
  /** Of those, the ones a person answered (a reply recorded against that step; auto-replies never count). */
  replied: number;
  /** Median minutes from a step going out to its first reply; null when none was answered. */
  medianMinutesToReply: number | null;
}

export interface CadenceFigures extends ReplyFigures {
  /** Interviews registered with this cadence. */
  interviews: number;
}

/** Outcomes recorded with a stop: `offer`, `rejected`, `withdrawn` (a `cancelled` stop is no outcome). */
export interface OutcomeCounts {
  offer: number;
  rejected: number;
  withdrawn: number;
}

export type Outcome = keyof OutcomeCounts;
const OUTCOMES: readonly Outcome[] = ["offer", "rejected", "withdrawn"];

export interface Insights {
  interviews: number;
  byKind: Record<StepKind, ReplyFigures>;
  byCadence: Record<CadencePreset, CadenceFigures>;
  /**
   * Outcomes by what the chain had sent: `none` (nothing went out), `thanksOnly` (thank-yous, notes or
   * updates, but no check-in or nudge), `withCheckIns` (at least one check-in or nudge went out). Only the
   * chain's own steps count: a reply to a rejection is sent after the outcome.
   */
  outcomes: { none: OutcomeCounts; thanksOnly: OutcomeCounts; withCheckIns: OutcomeCounts };
}

interface Tally {
  sent: number;
  replyMinutes: number[];
}

const emptyTally = (): Tally => ({ sent: 0, replyMinutes: [] });
const emptyOutcomes = (): OutcomeCounts => ({ offer: 0, rejected: 0, withdrawn: 0 });

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value =
    sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return Math.round(value);
}

function figures(tally: Tally): ReplyFigures {
  return {
    sent: tally.sent,
    replied: tally.replyMinutes.length,
    medianMinutesToReply: median(tally.replyMinutes),
  };
}

const wentOut = (step: Step): step is Step & { sentAt: string } =>
  step.status === "sent" && step.sentAt !== undefined && Number.isFinite(Date.parse(step.sentAt));

/** Minutes from each answered step going out to its first reply, by step id. */
function firstReplies(interview: Interview): Map<string, number> {
  const replies = new Map<string, number>();
  for (const event of interview.events) {
    if (event.type !== "reply.received" || !event.stepId) continue;
    const step = interview.steps.find((s) => s.id === event.stepId);
    if (!step || !wentOut(step)) continue;
    const minutes = (Date.parse(event.at) - Date.parse(step.sentAt)) / 60_000;
    if (!Number.isFinite(minutes) || minutes < 0) continue;
    const earlier = replies.get(step.id);
    if (earlier === undefined || minutes < earlier) replies.set(step.id, minutes);
  }
  return replies;
}

/**
 * What worked, from the owner's own interviews: per step kind and per cadence, how many steps went out,
 * how many a person answered and the median time to that answer; and the outcomes by whether follow-ups
 * had been sent. Counts only: no names, addresses or words from any message.
 */
export function computeInsights(interviews: readonly Interview[]): Insights {
  const kinds = new Map<StepKind, Tally>(STEP_KINDS.map((k) => [k, emptyTally()]));
  const cadences = new Map<CadencePreset, Tally & { interviews: number }>(
    CADENCE_PRESETS.map((c) => [c, { ...emptyTally(), interviews: 0 }]),
  );
  const outcomes = { none: emptyOutcomes(), thanksOnly: emptyOutcomes(), withCheckIns: emptyOutcomes() };

  for (const interview of interviews) {
    const cadence = cadences.get(interview.cadence);
    if (cadence) cadence.interviews += 1;
    const replies = firstReplies(interview);
    for (const step of interview.steps.filter(wentOut)) {
      const minutes = replies.get(step.id);
      for (const tally of [kinds.get(step.kind), cadence]) {
        if (!tally) continue;
        tally.sent += 1;
        if (minutes !== undefined) tally.replyMinutes.push(minutes);
      }
    }
    const outcome = OUTCOMES.find((o) => o === interview.stopReason);
    if (outcome) {
      const chainSent = interview.steps.filter((s) => s.phase === "chain" && wentOut(s));
      const group =
        chainSent.length === 0
          ? outcomes.none
          : chainSent.some((s) => FOLLOW_UP_KINDS.includes(s.kind))
            ? outcomes.withCheckIns
            : outcomes.thanksOnly;
      group[outcome] += 1;
    }
  }

  return {
    interviews: interviews.length,
    byKind: Object.fromEntries(STEP_KINDS.map((k) => [k, figures(kinds.get(k) ?? emptyTally())])) as Record<
      StepKind,
      ReplyFigures
    >,
    byCadence: Object.fromEntries(
      CADENCE_PRESETS.map((c) => {
        const tally = cadences.get(c) ?? { ...emptyTally(), interviews: 0 };
        return [c, { interviews: tally.interviews, ...figures(tally) }];
      }),
    ) as Record<CadencePreset, CadenceFigures>,
    outcomes,
  };
}
