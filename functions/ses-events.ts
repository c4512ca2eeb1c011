import { consoleLogger } from "../shared/adapters/console-logger.js";
import { DynamoInterviewStore } from "../shared/adapters/dynamo-interview-store.js";
import { DynamoSuppressionList } from "../shared/adapters/dynamo-suppression-list.js";
import { processClock } from "../shared/adapters/process-clock.js";
import { systemRealtime } from "../shared/adapters/system-realtime.js";
import { parseConfig } from "../shared/config/parse-config.js";
import { tableConfigSchema } from "../shared/config/table-config.js";
import { parseSesMailEvent } from "../shared/events/ses-mail-event.js";
import { snsMessagesOf } from "../shared/events/sns-envelope.js";
import {
  type DeliveryProblemDeps,
  recordDeliveryProblem,
} from "../shared/use-cases/record-delivery-problem.js";
import { dynamoDocumentClient } from "./clients/dynamo-document-client.js";

const config = parseConfig(tableConfigSchema, process.env);
const log = consoleLogger({ fn: "ses-events" });

let deps: DeliveryProblemDeps | undefined;
function buildDeps(): DeliveryProblemDeps {
  deps ??= {
    store: new DynamoInterviewStore(dynamoDocumentClient(), config.TABLE_NAME),
    suppressions: new DynamoSuppressionList(dynamoDocumentClient(), config.TABLE_NAME),
    clock: processClock,
    realtime: systemRealtime,
    log,
  };
  return deps;
}

/**
 * Subscribed to the configuration set's bounce/complaint topic. A malformed event, or one we do not act
 * on, is logged and dropped (returning normally, so SNS and Lambda do not retry it); a store outage throws,
 * so Lambda's retries (then the alarm on errors) take over. Recording is idempotent, so a retry is safe.
 */
export async function handler(event: unknown): Promise<void> {
  const unwrapped = snsMessagesOf(event);
  if (!unwrapped.ok) {
    log.error("dropped an event that is not an SNS notification", { issues: unwrapped.issues });
    return;
  }
  for (const { snsMessageId, message } of unwrapped.records) {
    const mailEvent = parseSesMailEvent(message);
    if (mailEvent.action === "drop") {
      log[mailEvent.level]("dropped an SES event", { snsMessageId, reason: mailEvent.reason });
      continue;
    }
    const outcome = await recordDeliveryProblem(buildDeps(), mailEvent.problem);
    log.info("SES event processed", { snsMessageId, ...outcome });
  }
}
