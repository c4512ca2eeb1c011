import { interviewInputSchema } from "../../shared/api/interview-input-schema.js";
import { interviewView } from "../../shared/api/interview-view.js";
import { toInterviewDetails } from "../../shared/api/to-interview-details.js";
import { httpRoute } from "../../shared/http/http-route.js";
import { jsonResponse } from "../../shared/http/json-response.js";
import { createInterview } from "../../shared/use-cases/create-interview.js";
import { chainDeps } from "./chain-deps.js";
import { idempotencyFor } from "./idempotency-for.js";

const deps = chainDeps();

export const handler = httpRoute(
  { auth: true, body: interviewInputSchema, idempotency: idempotencyFor("POST /interviews") },
  async ({ owner, body, reservedId }) => {
    const interview = await createInterview(deps, {
      owner,
      details: toInterviewDetails(body),
      ...(reservedId ? { id: reservedId } : {}),
    });
    return jsonResponse(201, interviewView(interview), { location: `/interviews/${interview.id}` });
  },
);
