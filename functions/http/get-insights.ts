import { httpRoute } from "../../shared/http/http-route.js";
import { jsonResponse } from "../../shared/http/json-response.js";
import { getInsights } from "../../shared/use-cases/get-insights.js";
import { readDeps } from "./chain-deps.js";

const deps = readDeps();

/** What worked for the caller: counts only, from the caller's own interviews. */
export const handler = httpRoute({ auth: true }, async ({ owner }) =>
  jsonResponse(200, await getInsights(deps, owner)),
);
