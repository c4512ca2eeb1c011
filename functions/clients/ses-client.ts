import { SESv2Client } from "@aws-sdk/client-sesv2";
import { CLIENT_DEFAULTS } from "./client-defaults.js";

let client: SESv2Client | undefined;

/**
 * One attempt per SendEmail: the SDK retries a timed-out or reset request, and a request that timed out may
 * have reached SES, so its retry would be a second email (the reliability run's duplicate fires caught
 * this under load). The sender classifies the one failure instead: an error answer releases the claim for
 * the schedule's retry, no answer leaves it to become `unknown` (see dispatch-claimed-step.ts).
 */
export function sesClient(): SESv2Client {
  client ??= new SESv2Client({ ...CLIENT_DEFAULTS, maxAttempts: 1 });
  return client;
}
