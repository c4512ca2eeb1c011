import { OPENAPI_GZIP_BASE64 } from "../../shared/api/openapi-gzip.js";
import { gzippedJsonRoute } from "../../shared/http/gzipped-json-route.js";

/** GET /openapi.json: the document generated at build time (scripts/generate-openapi.ts), as it is. */
export const handler = gzippedJsonRoute(OPENAPI_GZIP_BASE64);
