import { interviewAnswer } from "../../shared/api/interview-answer.js";
import { snoozeAnswer } from "../../shared/api/snooze-answer.js";
import { snoozeInputSchema } from "../../shared/api/snooze-input-schema.js";
import { snoozeInterviewEntry } from "../../shared/entries/entry-catalogue.js";
import { httpRoute } from "../../shared/http/http-route.js";
import { ifMatchOf } from "../../shared/http/if-match.js";
import { snoozeInterview } from "../../shared/use-cases/snooze-interview.js";
import { chainConfig } from "../wiring/chain-config.js";
import { chainDepsWith } from "../wiring/chain-deps.js";
import { idempotencyFor } from "../wiring/idempotency-for.js";
import { lazy } from "../wiring/lazy.js";
import { MUTATION_STORE_OPS } from "../wiring/mutation-store-ops.js";

const config = chainConfig(snoozeInterviewEntry);
const deps = lazy(() => chainDepsWith(config, MUTATION_STORE_OPS));
const idempotency = idempotencyFor(snoozeInterviewEntry, () => config);

export const handler = httpRoute(
  { auth: true, body: snoozeInputSchema, optionalBody: true, idempotency },
  async ({ owner, params, body, event }) => {
    const result = await snoozeInterview(deps(), {
      owner,
      id: params.id ?? "",
      days: body.days,
      precondition: ifMatchOf(event),
    });
    return interviewAnswer(200, result.interview, {}, snoozeAnswer(result));
  },
);
