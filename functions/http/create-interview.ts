import { dynamoCreateInterview } from "../../shared/adapters/dynamo-create-interview.js";
import { dynamoGetInterview } from "../../shared/adapters/dynamo-get-interview.js";
import { dynamoListByApplication } from "../../shared/adapters/dynamo-list-by-application.js";
import { dynamoReplaceInterview } from "../../shared/adapters/dynamo-replace-interview.js";
import { interviewDetailsOf } from "../../shared/api/interview-details-of.js";
import { interviewInputSchema } from "../../shared/api/interview-input-schema.js";
import { interviewView } from "../../shared/api/interview-view.js";
import { createInterviewEntry } from "../../shared/entries/entry-catalogue.js";
import { httpRoute } from "../../shared/http/http-route.js";
import { jsonResponse } from "../../shared/http/json-response.js";
import { createInterview } from "../../shared/use-cases/create-interview.js";
import { contactRouteWiring } from "../wiring/contact-route-wiring.js";

const { deps, own, idempotency } = contactRouteWiring(createInterviewEntry, {
  listByApplication: dynamoListByApplication,
  get: dynamoGetInterview,
  create: dynamoCreateInterview,
  replace: dynamoReplaceInterview,
});

export const handler = httpRoute(
  { auth: true, body: interviewInputSchema, idempotency },
  async ({ owner, body, reservedId }) => {
    const details = interviewDetailsOf(body, own);
    const interview = await createInterview(deps(), {
      owner,
      details,
      ...(reservedId ? { id: reservedId } : {}),
    });
    return jsonResponse(201, interviewView(interview), { location: `/interviews/${interview.id}` });
  },
);
