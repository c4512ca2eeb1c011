import { interviewInputSchema } from "../../shared/api/interview-input-schema.js";
import { refuseOwnAddresses } from "../../shared/api/refuse-own-addresses.js";
import { toInterviewDetails } from "../../shared/api/to-interview-details.js";
import { httpRoute } from "../../shared/http/http-route.js";
import { jsonResponse } from "../../shared/http/json-response.js";
import { previewPlan } from "../../shared/use-cases/preview-plan.js";
import { readDeps } from "./chain-deps.js";
import { ownAddresses } from "./own-addresses.js";

const deps = readDeps();
const own = ownAddresses();

export const handler = httpRoute({ auth: true, body: interviewInputSchema }, async ({ owner, body }) => {
  refuseOwnAddresses(body, own);
  return jsonResponse(200, await previewPlan(deps, { owner, details: toInterviewDetails(body) }));
});
