import { consoleLogger } from "../../shared/adapters/console-logger.js";
import type { InterviewStoreOps } from "../../shared/adapters/interview-store-of.js";
import { processClock } from "../../shared/adapters/process-clock.js";
import { systemRealtime } from "../../shared/adapters/system-realtime.js";
import type { SchedulingConfig } from "../../shared/config/scheduling-config.js";
import type { TableConfig } from "../../shared/config/table-config.js";
import type { ChainDeps, ReadDeps, StoreOp } from "../../shared/use-cases/use-case-deps.js";
import { interviewStoreWith } from "./interview-store.js";
import { scheduleGateway } from "./schedule-gateway.js";

/** Ports for entries that only read, with only the store operations named: the table and the clock. */
export function readDepsWith<K extends StoreOp>(config: TableConfig, ops: InterviewStoreOps<K>): ReadDeps<K> {
  return { store: interviewStoreWith(config, ops), clock: processClock };
}

/** Ports for entries that change a chain, with only the store operations named. */
export function chainDepsWith<K extends StoreOp>(
  config: TableConfig & SchedulingConfig,
  ops: InterviewStoreOps<K>,
  fn?: string,
): ChainDeps<K> {
  return {
    ...readDepsWith(config, ops),
    schedules: scheduleGateway(config),
    log: consoleLogger(fn ? { fn } : {}),
    realtime: systemRealtime,
  };
}
