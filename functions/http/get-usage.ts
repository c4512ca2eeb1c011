import { processClock } from "../../shared/adapters/process-clock.js";
import { httpRoute } from "../../shared/http/http-route.js";
import { jsonResponse } from "../../shared/http/json-response.js";
import { getUsage } from "../../shared/use-cases/get-usage.js";
import { usageDeps } from "../usage-deps.js";

const usage = usageDeps();

export const handler = httpRoute({ auth: true }, async ({ owner }) =>
  jsonResponse(200, await getUsage(usage, { owner, now: processClock.now() })),
);
