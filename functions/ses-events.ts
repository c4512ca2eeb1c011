import { consoleLogger } from "../shared/adapters/console-logger.js";
import { DynamoMessageRecorder } from "../shared/adapters/dynamo-message-recorder.js";
import { PLAIN_MESSAGE_ID_DOMAIN_PIECE, PLAIN_TABLE_PIECE } from "../shared/config/plain-pieces.js";
import { sesMessageIdDomain } from "../shared/domain/ses-message-id-domain.js";
import { sesEventsEntry } from "../shared/entries/entry-catalogue.js";
import { sesNotificationsEnvelope } from "../shared/events/ses-notifications-envelope.js";
import { recordMailNotifications } from "../shared/use-cases/record-mail-notifications.js";
import { dynamoDocumentClient } from "./clients/dynamo-document-client.js";
import { deliveryProblemDeps } from "./wiring/delivery-problem-deps.js";
import { eventHandler } from "./wiring/event-handler.js";
import { lazy } from "./wiring/lazy.js";
import { plainEntryConfigOf } from "./wiring/plain-entry-config-of.js";

const config = plainEntryConfigOf(sesEventsEntry, {
  table: PLAIN_TABLE_PIECE,
  messageIdDomain: PLAIN_MESSAGE_ID_DOMAIN_PIECE,
});
const log = consoleLogger({ fn: "ses-events" });
const problemDeps = deliveryProblemDeps(config, log);
const deps = lazy(() => ({
  ...problemDeps(),
  messages: new DynamoMessageRecorder(dynamoDocumentClient(), config.tableName),
  // AWS_REGION is the Lambda runtime's own variable, not ours: the SDK reads it too.
  messageIdDomain: config.sesMessageIdDomain ?? sesMessageIdDomain(process.env.AWS_REGION),
}));

/** Subscribed to the configuration set's event topic: sends, bounces and complaints. */
export const handler = eventHandler(
  { schema: sesNotificationsEnvelope, log, dropped: "dropped an event that is not an SNS notification" },
  async (notifications) => recordMailNotifications(deps(), notifications),
);
