import { consoleLogger } from "../shared/adapters/console-logger.js";
import { stepDuePayloadSchema } from "../shared/domain/step-due-payload.js";
import { SENDER_CONFIG } from "../shared/entries/entry-catalogue.js";
import { sendStep } from "../shared/use-cases/send-step.js";
import { eventHandler } from "./wiring/event-handler.js";
import { senderConfig } from "./wiring/sender-config.js";
import { senderDeps } from "./wiring/sender-deps.js";

// Only the entry's configuration list: the rest of the entry is for infra, and the sender need not bundle it.
const config = senderConfig({ config: SENDER_CONFIG });
const log = consoleLogger({ fn: "sender" });
const deps = senderDeps(config, log);

/** The target of every step schedule; a transient failure throws, so the schedule's retry policy acts. */
export const handler = eventHandler(
  { schema: stepDuePayloadSchema, log, dropped: "dropped a schedule payload that is not a step" },
  async (step) => {
    const outcome = await sendStep(await deps(), step);
    log.info("step processed", { interviewId: step.interviewId, stepId: step.stepId, ...outcome });
  },
);
