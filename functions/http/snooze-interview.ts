import { interviewView } from "../../shared/api/interview-view.js";
import { snoozeInputSchema } from "../../shared/api/snooze-input-schema.js";
import { nextSendAt } from "../../shared/domain/next-send-at.js";
import { ENTRIES } from "../../shared/entries/entry-catalogue.js";
import { httpRoute } from "../../shared/http/http-route.js";
import { jsonResponse } from "../../shared/http/json-response.js";
import { validateInput } from "../../shared/http/validate-input.js";
import { snoozeInterview } from "../../shared/use-cases/snooze-interview.js";
import { chainDeps } from "../wiring/chain-deps.js";
import { entryConfig } from "../wiring/entry-config.js";
import { idempotencyFor } from "../wiring/idempotency-for.js";
import { lazy } from "../wiring/lazy.js";

const config = entryConfig(ENTRIES.snoozeInterview);
const deps = lazy(() => chainDeps(config));

/** The body is optional (`{"days": N}`), so the route validates it itself rather than requiring one. */
export const handler = httpRoute(
  { auth: true, idempotency: idempotencyFor(ENTRIES.snoozeInterview, config) },
  async ({ owner, params, event }) => {
    const { days } = validateInput(snoozeInputSchema, event.jsonBody ?? {});
    const result = await snoozeInterview(deps(), { owner, id: params.id ?? "", days });
    return jsonResponse(200, {
      status: "snoozed",
      stepsMoved: result.moved.length,
      repeated: result.repeated,
      nextSendAt: nextSendAt(result.interview),
      interview: interviewView(result.interview),
    });
  },
);
