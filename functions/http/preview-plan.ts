import { interviewInputSchema } from "../../shared/api/interview-input-schema.js";
import { toInterviewDetails } from "../../shared/api/to-interview-details.js";
import { httpRoute } from "../../shared/http/http-route.js";
import { jsonResponse } from "../../shared/http/json-response.js";
import { previewPlan } from "../../shared/use-cases/preview-plan.js";
import { readDeps } from "./chain-deps.js";

const deps = readDeps();

export const handler = httpRoute({ auth: true, body: interviewInputSchema }, async ({ owner, body }) =>
  jsonResponse(200, await previewPlan(deps, { owner, details: toInterviewDetails(body) })),
);
