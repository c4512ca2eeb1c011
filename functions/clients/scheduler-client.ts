import { SchedulerClient } from "@aws-sdk/client-scheduler";
import { CLIENT_DEFAULTS } from "./client-defaults.js";

let client: SchedulerClient | undefined;

export function schedulerClient(): SchedulerClient {
  client ??= new SchedulerClient(CLIENT_DEFAULTS);
  return client;
}
