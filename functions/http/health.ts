import { httpRoute } from "../../shared/http/http-route.js";
import { jsonResponse } from "../../shared/http/json-response.js";

export const handler = httpRoute({ auth: false }, async () => jsonResponse(200, { status: "ok" }));
