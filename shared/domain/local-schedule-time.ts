import { localIso, parseOffsetDateTime } from "./offset-date-time.js";
import { wallClockAt } from "./wall-clock.js";

/** The wall-clock time of an instant in a zone, as EventBridge Scheduler's `at()` wants it. */
export function localScheduleTime(isoInstant: string, zone: string): string {
  const at = parseOffsetDateTime(isoInstant);
  if (!at) throw new Error(`Not an ISO date-time: ${isoInstant}`);
  return localIso({ ...wallClockAt(at.instant, zone), millisecond: 0 });
}
