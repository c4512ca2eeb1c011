import { fastInterviewPatch } from "../../shared/api/fast-interview-patch.js";
import { interviewAnswer } from "../../shared/api/interview-answer.js";
import { interviewPatchSchema } from "../../shared/api/interview-input-schema.js";
import { refuseOwnAddresses } from "../../shared/api/refuse-own-addresses.js";
import { updateInterviewEntry } from "../../shared/entries/entry-catalogue.js";
import { httpRoute } from "../../shared/http/http-route.js";
import { ifMatchOf } from "../../shared/http/if-match.js";
import { updateInterview } from "../../shared/use-cases/update-interview.js";
import { contactRouteWiring, UPDATE_ROUTE } from "../wiring/contact-route-wiring.js";

const { deps, own, idempotency } = contactRouteWiring(updateInterviewEntry, UPDATE_ROUTE);

export const handler = httpRoute(
  { auth: true, body: interviewPatchSchema, fastBody: fastInterviewPatch, idempotency },
  async ({ owner, params, body, event }) => {
    refuseOwnAddresses(body, own());
    const updated = await updateInterview(deps(), {
      owner,
      id: params.id ?? "",
      patch: body,
      precondition: ifMatchOf(event),
    });
    return interviewAnswer(200, updated);
  },
);
