import type { Clock } from "../ports/clock.js";
import type { InterviewStore } from "../ports/interview-store.js";
import type { Logger } from "../ports/logger.js";
import type { Realtime } from "../ports/realtime.js";
import type { ScheduleGateway } from "../ports/schedule-gateway.js";

export type { Logger } from "../ports/logger.js";

export interface ReadDeps {
  store: InterviewStore;
  clock: Clock;
}

export interface ChainDeps extends ReadDeps {
  schedules: ScheduleGateway;
  log: Logger;
  /** Real elapsed time, for the window between a claim and its SES call and a stop's wait for it. */
  realtime: Realtime;
}
