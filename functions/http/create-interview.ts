import { fastInterviewInput } from "../../shared/api/fast-interview-input.js";
import { interviewAnswer } from "../../shared/api/interview-answer.js";
import { interviewDetailsOf } from "../../shared/api/interview-details-of.js";
import { interviewInputSchema } from "../../shared/api/interview-input-schema.js";
import { createInterviewEntry } from "../../shared/entries/entry-catalogue.js";
import { httpRoute } from "../../shared/http/http-route.js";
import { createInterview } from "../../shared/use-cases/create-interview.js";
import { CREATE_ROUTE, contactRouteWiring } from "../wiring/contact-route-wiring.js";

const { deps, own, idempotency } = contactRouteWiring(createInterviewEntry, CREATE_ROUTE);

export const handler = httpRoute(
  { auth: true, body: interviewInputSchema, fastBody: fastInterviewInput, idempotency },
  async ({ owner, body, reservedId }) => {
    const details = interviewDetailsOf(body, own());
    const interview = await createInterview(deps(), {
      owner,
      details,
      ...(reservedId ? { id: reservedId } : {}),
    });
    return interviewAnswer(201, interview, { location: `/interviews/${interview.id}` });
  },
);
