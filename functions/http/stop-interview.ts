import { interviewView } from "../../shared/api/interview-view.js";
import { stopInputSchema } from "../../shared/api/stop-input-schema.js";
import { httpRoute } from "../../shared/http/http-route.js";
import { jsonResponse } from "../../shared/http/json-response.js";
import { stopInterview } from "../../shared/use-cases/stop-interview.js";
import { chainDeps } from "./chain-deps.js";
import { idempotencyFor } from "./idempotency-for.js";

const deps = chainDeps();

export const handler = httpRoute(
  { auth: true, body: stopInputSchema, idempotency: idempotencyFor("POST /interviews/{id}/stop") },
  async ({ owner, params, body }) =>
    jsonResponse(200, interviewView(await stopInterview(deps, { owner, id: params.id ?? "", ...body }))),
);
