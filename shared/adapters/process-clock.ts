import type { Clock } from "../ports/clock.js";

let offsetMs = 0;

/**
 * The wall clock, shifted by an offset that only the local stack ever sets (to play a three-week chain in
 * seconds). In a Lambda nothing sets it, so it is the plain system clock.
 */
export const processClock: Clock = {
  now: () => new Date(Date.now() + offsetMs),
};

export function setProcessClockOffset(ms: number): void {
  offsetMs = ms;
}

export function getProcessClockOffset(): number {
  return offsetMs;
}
