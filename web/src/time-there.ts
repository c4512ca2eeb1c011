import { formatDateTime } from "./format-in-zone";

/**
 * A step's time at its recipient's own clock (`Wed, Dec 2, 9:00 AM in Asia/Tokyo`), for when it reads
 * differently from the browser's: the planner puts a thank-you at 9:00 in the interviewer's zone, which
 * on a New York screen is 7:00 PM the day before and looks like a mistake without it. Undefined when both
 * clocks agree, or the zone is not one the browser knows.
 */
export function timeThere(iso: string, stepZone: string, userZone: string): string | undefined {
  try {
    const there = formatDateTime(iso, stepZone);
    return there === formatDateTime(iso, userZone) ? undefined : `${there} in ${stepZone}`;
  } catch {
    return undefined;
  }
}
