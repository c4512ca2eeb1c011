import type { Clock } from "../ports/clock.js";
import type { InterviewStore } from "../ports/interview-store.js";
import type { Logger } from "../ports/logger.js";
import type { Realtime } from "../ports/realtime.js";
import type { ScheduleGateway } from "../ports/schedule-gateway.js";

export type { Logger } from "../ports/logger.js";

/**
 * The store operations a use case calls: `ReadDeps<"get">` needs only `get`. A Lambda then builds (and
 * bundles) only those operations; by default, all of them.
 */
export type StoreOp = keyof InterviewStore;

export interface ReadDeps<K extends StoreOp = StoreOp> {
  store: Pick<InterviewStore, K>;
  clock: Clock;
}

export interface ChainDeps<K extends StoreOp = StoreOp> extends ReadDeps<K> {
  schedules: ScheduleGateway;
  log: Logger;
  /** Real elapsed time, for the window between a claim and its SES call and a stop's wait for it. */
  realtime: Realtime;
}
