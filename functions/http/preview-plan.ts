import { dynamoListByApplication } from "../../shared/adapters/dynamo-list-by-application.js";
import { fastInterviewInput } from "../../shared/api/fast-interview-input.js";
import { interviewDetailsOf } from "../../shared/api/interview-details-of.js";
import { interviewInputSchema } from "../../shared/api/interview-input-schema.js";
import { PLAIN_OWN_ADDRESSES_PIECE, PLAIN_TABLE_PIECE } from "../../shared/config/plain-pieces.js";
import { previewPlanEntry } from "../../shared/entries/entry-catalogue.js";
import { httpRoute } from "../../shared/http/http-route.js";
import { jsonResponse } from "../../shared/http/json-response.js";
import { previewPlan } from "../../shared/use-cases/preview-plan.js";
import { readDepsWith } from "../wiring/chain-deps.js";
import { lazy } from "../wiring/lazy.js";
import { ownAddresses } from "../wiring/own-addresses.js";
import { plainEntryConfigOf } from "../wiring/plain-entry-config-of.js";

// Parsed on the first request, as create's and update's (contact-route-wiring.ts says why); read without zod
// when plainly valid, as a plain body is (plain-config-of.ts says why).
const config = lazy(() =>
  plainEntryConfigOf(previewPlanEntry, { table: PLAIN_TABLE_PIECE, ownAddresses: PLAIN_OWN_ADDRESSES_PIECE }),
);
const deps = lazy(() => readDepsWith(config(), { listByApplication: dynamoListByApplication }));
const own = lazy(() => ownAddresses(config()));

export const handler = httpRoute(
  { auth: true, body: interviewInputSchema, fastBody: fastInterviewInput },
  async ({ owner, body }) =>
    jsonResponse(200, await previewPlan(deps(), { owner, details: interviewDetailsOf(body, own()) })),
);
