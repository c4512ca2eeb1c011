import { setTimeout as delay } from "node:timers/promises";
import type { Realtime } from "../ports/realtime.js";

/** The system's wall clock and timers (the local stack's clock offset does not apply here). */
export const systemRealtime: Realtime = {
  nowMs: () => Date.now(),
  sleep: async (ms) => {
    await delay(ms);
  },
};
