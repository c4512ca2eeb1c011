import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "../../../../shared/api/openapi-document.js";
import { OPENAPI_FILES } from "../../../../shared/api/openapi-files.js";

const read = (path: string) => readFileSync(join(OPENAPI_FILES.dir, path), "utf8");

describe("the OpenAPI document generated at build time (else: npm run generate:openapi)", () => {
  it("is the document the code builds now, byte for byte as the text served", () => {
    expect(read(OPENAPI_FILES.json)).toBe(JSON.stringify(openApiDocument()));
  });

  it("is gzipped from exactly that text, in base64 with nothing around it, and no time or name in the header", () => {
    const base64 = read(OPENAPI_FILES.gzipBase64);
    const gzip = Buffer.from(base64, "base64");

    // Served as it is: a line break or any other character outside the alphabet would be in the body.
    expect(gzip.toString("base64")).toBe(base64);
    // Unzipped and compared, not zipped again: deflate's bytes may differ between zlib builds.
    expect(gunzipSync(gzip).toString()).toBe(read(OPENAPI_FILES.json));
    // RFC 1952: FLG (no name, comment or extra field) and MTIME (none), so a rerun changes no byte.
    expect(gzip[3]).toBe(0);
    expect(gzip.readUInt32LE(4)).toBe(0);
  });
});
