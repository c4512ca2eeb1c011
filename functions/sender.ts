import { consoleLogger } from "../shared/adapters/console-logger.js";
import { plainStepDuePayload, stepDuePayloadSchema } from "../shared/domain/step-due-payload.js";
import { SENDER_CONFIG } from "../shared/entries/entry-catalogue.js";
import { sendStep } from "../shared/use-cases/send-step.js";
import { eventHandler } from "./wiring/event-handler.js";
import { senderConfig } from "./wiring/sender-config.js";
import { senderDeps } from "./wiring/sender-deps.js";

const log = consoleLogger({ fn: "sender" });
// Only the entry's configuration list: the rest of the entry is for infra, and the sender need not bundle it.
// Read with the ports on the first step, not at import, as inbound and the routes that take contacts do; a
// plainly valid configuration and payload are read without zod (sender-config.ts, plainStepDuePayload), so a
// first step parses nothing with zod. A missing or malformed variable fails every invoke, naming it, as it
// failed the init; the schedule's retries and dead-letter queue act.
const deps = senderDeps(() => senderConfig({ config: SENDER_CONFIG }), log);

/** The target of every step schedule; a transient failure throws, so the schedule's retry policy acts. */
export const handler = eventHandler(
  {
    schema: stepDuePayloadSchema,
    plain: plainStepDuePayload,
    log,
    dropped: "dropped a schedule payload that is not a step",
  },
  async (step) => {
    const outcome = await sendStep(await deps(), step);
    log.info("step processed", { interviewId: step.interviewId, stepId: step.stepId, ...outcome });
  },
);
