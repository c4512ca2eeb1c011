import { dynamoListByOwner } from "../../shared/adapters/dynamo-list-by-owner.js";
import { getInsightsEntry } from "../../shared/entries/entry-catalogue.js";
import { httpRoute } from "../../shared/http/http-route.js";
import { jsonResponse } from "../../shared/http/json-response.js";
import { getInsights } from "../../shared/use-cases/get-insights.js";
import { readDepsWith } from "../wiring/chain-deps.js";
import { entryConfig } from "../wiring/entry-config.js";
import { lazy } from "../wiring/lazy.js";

const config = entryConfig(getInsightsEntry);
const deps = lazy(() => readDepsWith(config, { listByOwner: dynamoListByOwner }));

/** What worked for the caller: counts only, from the caller's own interviews. */
export const handler = httpRoute({ auth: true }, async ({ owner }) =>
  jsonResponse(200, await getInsights(deps(), owner)),
);
