import { atInstant, nextRateOccurrence, parseScheduleExpression } from "./schedule-expression.js";
import type { ScheduleRecord } from "./scheduler-schemas.js";

type DueInputs = Pick<ScheduleRecord, "expression" | "timezone" | "startDate" | "endDate" | "creationDate">;

/**
 * When a schedule created or updated at `now` is first due. An at() in the past is due at once (see
 * the emulator's notes); cron never is.
 */
export function firstDueTime(record: DueInputs, now: Date): Date | undefined {
  const parsed = parseScheduleExpression(record.expression);
  if (!parsed.ok) return undefined;
  const expr = parsed.value;
  if (expr.kind === "at") return atInstant(expr.localDateTime, record.timezone ?? "UTC");
  if (expr.kind === "rate") return rateAfter(record, expr.everyMs, new Date(now.getTime() - 1));
  return undefined;
}

/**
 * When a schedule is next due after a firing that was due at `dueAt` and ran at `now`. Occurrences
 * missed while the clock jumped (or the emulator was down) collapse into the one just fired, as
 * a real scheduler would never have queued them up.
 */
export function dueTimeAfterFiring(record: DueInputs, dueAt: Date, now: Date): Date | undefined {
  const parsed = parseScheduleExpression(record.expression);
  if (!parsed.ok || parsed.value.kind !== "rate") return undefined;
  const after = now.getTime() > dueAt.getTime() ? now : dueAt;
  return rateAfter(record, parsed.value.everyMs, after);
}

function rateAfter(record: DueInputs, everyMs: number, after: Date): Date | undefined {
  const anchor = new Date(record.startDate ?? record.creationDate);
  const end = record.endDate ? new Date(record.endDate) : undefined;
  return nextRateOccurrence(anchor, everyMs, record.startDate !== undefined, after, end);
}
