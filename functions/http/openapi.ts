import { openApiDocument } from "../../shared/api/openapi-document.js";
import { httpRoute } from "../../shared/http/http-route.js";
import { jsonResponse } from "../../shared/http/json-response.js";

let document: Record<string, unknown> | undefined;

export const handler = httpRoute({ auth: false }, async () => {
  document ??= openApiDocument();
  return jsonResponse(200, document);
});
