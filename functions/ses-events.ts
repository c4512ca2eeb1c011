import { consoleLogger } from "../shared/adapters/console-logger.js";
import { sesEventsEntry } from "../shared/entries/entry-catalogue.js";
import { sesNotificationsEnvelope } from "../shared/events/ses-notifications-envelope.js";
import { recordMailNotifications } from "../shared/use-cases/record-mail-notifications.js";
import { deliveryProblemDeps } from "./wiring/delivery-problem-deps.js";
import { entryConfig } from "./wiring/entry-config.js";
import { eventHandler } from "./wiring/event-handler.js";

const config = entryConfig(sesEventsEntry);
const log = consoleLogger({ fn: "ses-events" });
const deps = deliveryProblemDeps(config, log);

/** Subscribed to the configuration set's bounce/complaint topic. */
export const handler = eventHandler(
  { schema: sesNotificationsEnvelope, log, dropped: "dropped an event that is not an SNS notification" },
  async (notifications) => recordMailNotifications(deps(), notifications),
);
