import { SchedulerClient } from "@aws-sdk/client-scheduler";
import { CLIENT_DEFAULTS, withoutSdkLogging } from "./client-defaults.js";

let client: SchedulerClient | undefined;

export function schedulerClient(): SchedulerClient {
  client ??= withoutSdkLogging(new SchedulerClient(CLIENT_DEFAULTS));
  return client;
}
