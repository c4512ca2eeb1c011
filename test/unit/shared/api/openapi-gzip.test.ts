import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "../../../../shared/api/openapi-document.js";
import { OPENAPI_GZIP_BASE64 } from "../../../../shared/api/openapi-gzip.js";
import { OPENAPI_JSON } from "../../../../shared/api/openapi-json.js";

describe("the OpenAPI document generated at build time", () => {
  it("is the document the code builds now, gzipped and as text (else: npm run generate:openapi)", () => {
    const stored = JSON.parse(gunzipSync(Buffer.from(OPENAPI_GZIP_BASE64, "base64")).toString("utf8"));

    expect(stored).toEqual(openApiDocument());
    expect(JSON.parse(OPENAPI_JSON)).toEqual(openApiDocument());
  });
});
