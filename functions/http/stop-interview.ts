import { interviewAnswer } from "../../shared/api/interview-answer.js";
import { stopInputSchema } from "../../shared/api/stop-input-schema.js";
import { stopInterviewEntry } from "../../shared/entries/entry-catalogue.js";
import { httpRoute } from "../../shared/http/http-route.js";
import { ifMatchOf } from "../../shared/http/if-match.js";
import { stopInterview } from "../../shared/use-cases/stop-interview.js";
import { chainConfig } from "../wiring/chain-config.js";
import { chainDepsWith } from "../wiring/chain-deps.js";
import { idempotencyFor } from "../wiring/idempotency-for.js";
import { lazy } from "../wiring/lazy.js";
import { MUTATION_STORE_OPS } from "../wiring/mutation-store-ops.js";

const config = chainConfig(stopInterviewEntry);
const deps = lazy(() => chainDepsWith(config, MUTATION_STORE_OPS));

export const handler = httpRoute(
  { auth: true, body: stopInputSchema, idempotency: idempotencyFor(stopInterviewEntry, () => config) },
  async ({ owner, params, body, event }) => {
    const stopped = await stopInterview(deps(), {
      owner,
      id: params.id ?? "",
      ...body,
      precondition: ifMatchOf(event),
    });
    return interviewAnswer(200, stopped);
  },
);
