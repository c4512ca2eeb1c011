import { consoleLogger } from "../shared/adapters/console-logger.js";
import { stepDuePayloadSchema } from "../shared/domain/step-due-payload.js";
import { SENDER_CONFIG } from "../shared/entries/entry-catalogue.js";
import { sendStep } from "../shared/use-cases/send-step.js";
import { eventHandler } from "./wiring/event-handler.js";
import { senderConfig } from "./wiring/sender-config.js";
import { senderDeps } from "./wiring/sender-deps.js";

const log = consoleLogger({ fn: "sender" });
// Only the entry's configuration list: the rest of the entry is for infra, and the sender need not bundle it.
// Parsed with the ports on the first step, not at import, as inbound and the routes that take contacts do:
// zod's first parse of six pieces was 17 M instructions of the import (callgrind, minified bundle: 904 M ->
// 887 M with Node's start), and the first invoke parses the payload with zod anyway. A missing or malformed
// variable fails every invoke, naming it, as it failed the init; the schedule's retries and dead-letter
// queue act.
const deps = senderDeps(() => senderConfig({ config: SENDER_CONFIG }), log);

/** The target of every step schedule; a transient failure throws, so the schedule's retry policy acts. */
export const handler = eventHandler(
  { schema: stepDuePayloadSchema, log, dropped: "dropped a schedule payload that is not a step" },
  async (step) => {
    const outcome = await sendStep(await deps(), step);
    log.info("step processed", { interviewId: step.interviewId, stepId: step.stepId, ...outcome });
  },
);
