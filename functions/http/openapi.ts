import { OPENAPI_GZIP_BASE64 } from "../../shared/api/openapi-gzip.js";
import { OPENAPI_JSON } from "../../shared/api/openapi-json.js";
import { staticJsonRoute } from "../../shared/http/static-json-route.js";

/** GET /openapi.json: the document generated at build time (scripts/generate-openapi.ts), as it is. */
export const handler = staticJsonRoute({ json: OPENAPI_JSON, gzipBase64: OPENAPI_GZIP_BASE64 });
