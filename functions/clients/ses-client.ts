import { SESv2Client } from "@aws-sdk/client-sesv2";
import {
  CACHED_MIDDLEWARE,
  CLIENT_MAX_ATTEMPTS,
  CLIENT_TIMEOUTS,
  withoutSdkLogging,
} from "./client-defaults.js";

let client: SESv2Client | undefined;

/**
 * One attempt per SendEmail: the SDK retries a timed-out or reset request, and a request that timed out may
 * have reached SES, so its retry would be a second email (the reliability run's duplicate fires caught
 * this: a moment's stall of the local stack made every SES call in flight time out, and each was sent
 * twice). The sender classifies the one failure instead: an error answer releases the claim for the
 * schedule's retry, no answer leaves it to become `unknown` (see dispatch-claimed-step.ts). The one attempt
 * gets the time the other clients' attempts share, so a hung SES still costs at most about 5 s, and a slow
 * answer is less often mistaken for a lost one.
 */
export const SES_REQUEST_TIMEOUT_MS = CLIENT_TIMEOUTS.requestTimeout * CLIENT_MAX_ATTEMPTS;

export function sesClient(): SESv2Client {
  client ??= withoutSdkLogging(
    new SESv2Client({
      ...CACHED_MIDDLEWARE,
      maxAttempts: 1,
      requestHandler: {
        ...CLIENT_TIMEOUTS,
        requestTimeout: SES_REQUEST_TIMEOUT_MS,
        socketTimeout: SES_REQUEST_TIMEOUT_MS,
      },
    }),
  );
  return client;
}
