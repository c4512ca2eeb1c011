import type { Realtime } from "../../shared/ports/realtime.js";

export interface FakeRealtime extends Realtime {
  advance(ms: number): void;
  /** Total milliseconds slept through `sleep`. */
  readonly slept: number;
}

/**
 * Real time that moves only when a test (or a `sleep`) moves it. `sleep` yields to the event loop before
 * it returns, so whatever runs concurrently (a sender in flight) makes progress while a stop waits.
 */
export function fakeRealtime(startMs = 1_800_000_000_000): FakeRealtime {
  let now = startMs;
  let slept = 0;
  return {
    nowMs: () => now,
    sleep: async (ms) => {
      await new Promise<void>((resolve) => setImmediate(resolve));
      now += ms;
      slept += ms;
    },
    advance: (ms) => {
      now += ms;
    },
    get slept() {
      return slept;
    },
  };
}
