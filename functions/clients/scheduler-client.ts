import { SchedulerClient } from "@aws-sdk/client-scheduler";
import { CACHED_MIDDLEWARE, CLIENT_DEFAULTS, withoutSdkLogging } from "./client-defaults.js";

let client: SchedulerClient | undefined;

export function schedulerClient(): SchedulerClient {
  client ??= withoutSdkLogging(new SchedulerClient({ ...CLIENT_DEFAULTS, ...CACHED_MIDDLEWARE }));
  return client;
}
