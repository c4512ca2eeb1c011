import { dynamoListByOwner } from "../../shared/adapters/dynamo-list-by-owner.js";
import { noQuerySchema } from "../../shared/api/no-query-schema.js";
import { PLAIN_TABLE_PIECE } from "../../shared/config/plain-pieces.js";
import { getInsightsEntry } from "../../shared/entries/entry-catalogue.js";
import { httpRoute } from "../../shared/http/http-route.js";
import { jsonResponse } from "../../shared/http/json-response.js";
import { getInsights } from "../../shared/use-cases/get-insights.js";
import { readDepsWith } from "../wiring/chain-deps.js";
import { lazy } from "../wiring/lazy.js";
import { plainEntryConfigOf } from "../wiring/plain-entry-config-of.js";

const config = plainEntryConfigOf(getInsightsEntry, { table: PLAIN_TABLE_PIECE });
const deps = lazy(() => readDepsWith(config, { listByOwner: dynamoListByOwner }));

/** What worked for the caller: counts only, from the caller's own interviews. */
export const handler = httpRoute({ auth: true, query: noQuerySchema }, async ({ owner }) =>
  jsonResponse(200, await getInsights(deps(), owner)),
);
