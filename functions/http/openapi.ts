import { OPENAPI_FILES } from "../../shared/api/openapi-files.js";
import { staticJsonRoute } from "../../shared/http/static-json-route.js";

/** GET /openapi.json: the document generated at build time (scripts/generate-openapi.ts), as it is. */
export const handler = staticJsonRoute(OPENAPI_FILES);
