import { dynamoGetInterview } from "../../shared/adapters/dynamo-get-interview.js";
import { dynamoListByApplication } from "../../shared/adapters/dynamo-list-by-application.js";
import { dynamoReplaceInterview } from "../../shared/adapters/dynamo-replace-interview.js";
import { interviewPatchSchema } from "../../shared/api/interview-input-schema.js";
import { interviewView } from "../../shared/api/interview-view.js";
import { refuseOwnAddresses } from "../../shared/api/refuse-own-addresses.js";
import { updateInterviewEntry } from "../../shared/entries/entry-catalogue.js";
import { httpRoute } from "../../shared/http/http-route.js";
import { jsonResponse } from "../../shared/http/json-response.js";
import { updateInterview } from "../../shared/use-cases/update-interview.js";
import { contactRouteWiring } from "../wiring/contact-route-wiring.js";

const { deps, own, idempotency } = contactRouteWiring(updateInterviewEntry, {
  listByApplication: dynamoListByApplication,
  get: dynamoGetInterview,
  replace: dynamoReplaceInterview,
});

export const handler = httpRoute(
  { auth: true, body: interviewPatchSchema, idempotency },
  async ({ owner, params, body }) => {
    refuseOwnAddresses(body, own);
    const updated = await updateInterview(deps(), { owner, id: params.id ?? "", patch: body });
    return jsonResponse(200, interviewView(updated));
  },
);
