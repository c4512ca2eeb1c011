import { consoleLogger } from "../../shared/adapters/console-logger.js";
import { processClock } from "../../shared/adapters/process-clock.js";
import { systemRealtime } from "../../shared/adapters/system-realtime.js";
import type { SchedulingConfig } from "../../shared/config/scheduling-config.js";
import type { TableConfig } from "../../shared/config/table-config.js";
import type { ChainDeps, ReadDeps } from "../../shared/use-cases/use-case-deps.js";
import { interviewStore } from "./interview-store.js";
import { scheduleGateway } from "./schedule-gateway.js";

/** Ports for entries that only read: the table and the clock. */
export function readDeps(config: TableConfig): ReadDeps {
  return { store: interviewStore(config), clock: processClock };
}

/** Ports for entries that change a chain: the table, the scheduler, the clock and a logger. */
export function chainDeps(config: TableConfig & SchedulingConfig, fn?: string): ChainDeps {
  return {
    ...readDeps(config),
    schedules: scheduleGateway(config),
    log: consoleLogger(fn ? { fn } : {}),
    realtime: systemRealtime,
  };
}
