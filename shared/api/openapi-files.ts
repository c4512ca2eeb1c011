import type { StaticJsonFiles } from "../http/static-json-route.js";

/** Where the generated document sits, relative to this module's code (or the bundle it is part of). */
export const OPENAPI_FILES_DIR = "openapi-files";

/**
 * GET /openapi.json's document as scripts/generate-openapi.ts writes it (`npm run generate:openapi`) from
 * shared/api/openapi-document.ts: as text, and gzipped in base64, the body API Gateway decodes, so that
 * neither needs any work but its read. Unbundled (tsx, vitest, the local stack) they are read from
 * `openapi-files/` beside this file; in the openapi Lambda the CDK bundling copies that directory beside
 * `index.mjs` (shared/entries/bundle-assets.ts), so the same relative path holds.
 */
export const OPENAPI_FILES: StaticJsonFiles = {
  dir: import.meta.dirname,
  json: `${OPENAPI_FILES_DIR}/openapi.json`,
  gzipBase64: `${OPENAPI_FILES_DIR}/openapi.json.gz.base64`,
};
