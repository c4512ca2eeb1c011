import { processClock } from "../../shared/adapters/process-clock.js";
import { noQuerySchema } from "../../shared/api/no-query-schema.js";
import { PLAIN_QUOTA_PIECE, PLAIN_TABLE_PIECE } from "../../shared/config/plain-pieces.js";
import { getUsageEntry } from "../../shared/entries/entry-catalogue.js";
import { httpRoute } from "../../shared/http/http-route.js";
import { jsonResponse } from "../../shared/http/json-response.js";
import { getUsage } from "../../shared/use-cases/get-usage.js";
import { lazy } from "../wiring/lazy.js";
import { plainEntryConfigOf } from "../wiring/plain-entry-config-of.js";
import { usage } from "../wiring/usage.js";

const config = plainEntryConfigOf(getUsageEntry, { table: PLAIN_TABLE_PIECE, quota: PLAIN_QUOTA_PIECE });
const deps = lazy(() => usage(config));

export const handler = httpRoute({ auth: true, query: noQuerySchema }, async ({ owner }) =>
  jsonResponse(200, await getUsage(deps(), { owner, now: processClock.now() })),
);
