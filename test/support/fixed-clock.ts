import { afterAll, beforeAll, vi } from "vitest";
import type { Clock } from "../../shared/ports/clock.js";

/** Monday 23 November 2026, 15:00 in New York: the afternoon after a morning interview. */
export const FIXED_NOW = new Date("2026-11-23T20:00:00.000Z");

export interface FixedClock extends Clock {
  set(at: Date | string): void;
  advance(ms: number): void;
}

/** A clock that only moves when a test moves it. */
export function fixedClock(start: Date | string = FIXED_NOW): FixedClock {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    set: (at) => {
      current = new Date(at).getTime();
    },
    advance: (ms) => {
      current += ms;
    },
  };
}

/**
 * Freezes `Date` (only) at `at` for the tests of the calling file: request validation reads the system
 * time, so a fixed clock alone would not keep those tests from drifting with the calendar.
 */
export function useFixedSystemTime(at: Date = FIXED_NOW): void {
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ["Date"], now: at });
  });
  afterAll(() => {
    vi.useRealTimers();
  });
}
