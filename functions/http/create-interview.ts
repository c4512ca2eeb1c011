import { interviewInputSchema } from "../../shared/api/interview-input-schema.js";
import { interviewView } from "../../shared/api/interview-view.js";
import { refuseOwnAddresses } from "../../shared/api/refuse-own-addresses.js";
import { toInterviewDetails } from "../../shared/api/to-interview-details.js";
import { httpRoute } from "../../shared/http/http-route.js";
import { jsonResponse } from "../../shared/http/json-response.js";
import { createInterview } from "../../shared/use-cases/create-interview.js";
import { usageDeps } from "../usage-deps.js";
import { chainDeps } from "./chain-deps.js";
import { idempotencyFor } from "./idempotency-for.js";
import { ownAddresses } from "./own-addresses.js";

const deps = { ...chainDeps(), usage: usageDeps() };
const own = ownAddresses();

export const handler = httpRoute(
  { auth: true, body: interviewInputSchema, idempotency: idempotencyFor("POST /interviews") },
  async ({ owner, body, reservedId }) => {
    refuseOwnAddresses(body, own);
    const interview = await createInterview(deps, {
      owner,
      details: toInterviewDetails(body),
      ...(reservedId ? { id: reservedId } : {}),
    });
    return jsonResponse(201, interviewView(interview), { location: `/interviews/${interview.id}` });
  },
);
