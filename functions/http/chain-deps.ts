import { consoleLogger } from "../../shared/adapters/console-logger.js";
import { DynamoInterviewStore } from "../../shared/adapters/dynamo-interview-store.js";
import { EventBridgeScheduleGateway } from "../../shared/adapters/eventbridge-schedule-gateway.js";
import { processClock } from "../../shared/adapters/process-clock.js";
import { systemRealtime } from "../../shared/adapters/system-realtime.js";
import { parseConfig } from "../../shared/config/parse-config.js";
import { schedulingConfigSchema } from "../../shared/config/scheduling-config.js";
import { tableConfigSchema } from "../../shared/config/table-config.js";
import type { ChainDeps, ReadDeps } from "../../shared/use-cases/use-case-deps.js";
import { dynamoDocumentClient } from "../clients/dynamo-document-client.js";
import { schedulerClient } from "../clients/scheduler-client.js";

/** Ports for routes that only read: the table and the clock. */
export function readDeps(env = process.env): ReadDeps {
  const config = parseConfig(tableConfigSchema, env);
  return { store: new DynamoInterviewStore(dynamoDocumentClient(), config.TABLE_NAME), clock: processClock };
}

/** Ports for routes that change a chain: the table, the scheduler, the clock and a logger. */
export function chainDeps(env = process.env): ChainDeps {
  const config = parseConfig(schedulingConfigSchema, env);
  return {
    ...readDeps(env),
    schedules: new EventBridgeScheduleGateway(schedulerClient(), config),
    log: consoleLogger(),
    realtime: systemRealtime,
  };
}
