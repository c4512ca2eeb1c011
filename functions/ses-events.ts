import { consoleLogger } from "../shared/adapters/console-logger.js";
import { TABLE_PIECE } from "../shared/config/config-pieces.js";
import { sesEventsEntry } from "../shared/entries/entry-catalogue.js";
import { sesNotificationsEnvelope } from "../shared/events/ses-notifications-envelope.js";
import { recordMailNotifications } from "../shared/use-cases/record-mail-notifications.js";
import { deliveryProblemDeps } from "./wiring/delivery-problem-deps.js";
import { entryConfigOf } from "./wiring/entry-config-of.js";
import { eventHandler } from "./wiring/event-handler.js";

const config = entryConfigOf(sesEventsEntry, { table: TABLE_PIECE });
const log = consoleLogger({ fn: "ses-events" });
const deps = deliveryProblemDeps(config, log);

/** Subscribed to the configuration set's bounce/complaint topic. */
export const handler = eventHandler(
  { schema: sesNotificationsEnvelope, log, dropped: "dropped an event that is not an SNS notification" },
  async (notifications) => recordMailNotifications(deps(), notifications),
);
