import { processClock } from "../../shared/adapters/process-clock.js";
import { getUsageEntry } from "../../shared/entries/entry-catalogue.js";
import { httpRoute } from "../../shared/http/http-route.js";
import { jsonResponse } from "../../shared/http/json-response.js";
import { getUsage } from "../../shared/use-cases/get-usage.js";
import { entryConfig } from "../wiring/entry-config.js";
import { lazy } from "../wiring/lazy.js";
import { usage } from "../wiring/usage.js";

const config = entryConfig(getUsageEntry);
const deps = lazy(() => usage(config));

export const handler = httpRoute({ auth: true }, async ({ owner }) =>
  jsonResponse(200, await getUsage(deps(), { owner, now: processClock.now() })),
);
