/**
 * Writes the OpenAPI document of shared/api/openapi-document.ts as the openapi Lambda serves it, into
 * shared/api/openapi-files/ (shared/api/openapi-files.ts): `openapi.json`, for a client that does not accept
 * gzip, and `openapi.json.gz.base64`, the body for one that does. The Lambda carries no zod, luxon or schema
 * walk, builds nothing at cold start and unzips nothing at its first request (176 KB over an empty handler
 * and 55 ms of init before the document was generated; a gunzip, 4.7 ms of its first request, before the
 * text was kept), and reads the files beside its bundle instead of holding them (82 KB of string constants:
 * init 1.6 times an empty handler's). test/unit/shared/api/openapi-files.test.ts fails until this is rerun
 * after a change to the API's schemas or operations. Usage: npm run generate:openapi
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { openApiDocument } from "../shared/api/openapi-document.js";
import { OPENAPI_FILES } from "../shared/api/openapi-files.js";

const jsonFile = join(OPENAPI_FILES.dir, OPENAPI_FILES.json);
const gzipFile = join(OPENAPI_FILES.dir, OPENAPI_FILES.gzipBase64);

const json = JSON.stringify(openApiDocument());
mkdirSync(join(jsonFile, ".."), { recursive: true });
writeFileSync(jsonFile, json);
console.log(`written ${jsonFile}`);

// Deflate's bytes may differ between zlib builds (another machine, another Node), so a gzip that already
// unzips to this text is kept: the committed file changes only with the document.
const unzipped = (file: string) => gunzipSync(Buffer.from(readFileSync(file, "utf8"), "base64")).toString();
if (existsSync(gzipFile) && unzipped(gzipFile) === json) {
  console.log(`unchanged ${gzipFile}`);
} else {
  // Level 9 pinned; Node writes no file name and a zero mtime in the header, so no run leaves a date in it.
  writeFileSync(gzipFile, gzipSync(json, { level: 9 }).toString("base64"));
  console.log(`written ${gzipFile}`);
}
