import { DateTime } from "./date-time.js";

/** The wall-clock time of an instant in a zone, as EventBridge Scheduler's `at()` wants it. */
export function localScheduleTime(isoInstant: string, zone: string): string {
  const dt = DateTime.fromISO(isoInstant, { setZone: true });
  if (!dt.isValid) throw new Error(`Not an ISO date-time: ${isoInstant}`);
  return dt.setZone(zone).toFormat("yyyy-MM-dd'T'HH:mm:ss");
}
