import { processClock } from "../../shared/adapters/process-clock.js";
import { noQuerySchema } from "../../shared/api/no-query-schema.js";
import { QUOTA_PIECE, TABLE_PIECE } from "../../shared/config/config-pieces.js";
import { getUsageEntry } from "../../shared/entries/entry-catalogue.js";
import { httpRoute } from "../../shared/http/http-route.js";
import { jsonResponse } from "../../shared/http/json-response.js";
import { getUsage } from "../../shared/use-cases/get-usage.js";
import { entryConfigOf } from "../wiring/entry-config-of.js";
import { lazy } from "../wiring/lazy.js";
import { usage } from "../wiring/usage.js";

const config = entryConfigOf(getUsageEntry, { table: TABLE_PIECE, quota: QUOTA_PIECE });
const deps = lazy(() => usage(config));

export const handler = httpRoute({ auth: true, query: noQuerySchema }, async ({ owner }) =>
  jsonResponse(200, await getUsage(deps(), { owner, now: processClock.now() })),
);
