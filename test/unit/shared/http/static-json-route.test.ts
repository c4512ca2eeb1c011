import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { staticJsonRoute } from "../../../../shared/http/static-json-route.js";
import { apiEvent } from "../../../support/api-event.js";

const dir = mkdtempSync(join(tmpdir(), "static-json-route-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DOCUMENT = '{"title":"a document made at build time"}';
const GZIP_BASE64 = gzipSync(DOCUMENT).toString("base64");

/** A route over `doc/doc.json` and `doc/doc.json.gz.base64` relative to a module's directory of its own. */
function routeOver(name: string) {
  const base = join(dir, name);
  return {
    route: staticJsonRoute({ dir: base, json: "doc/doc.json", gzipBase64: "doc/doc.json.gz.base64" }),
    write: () => {
      mkdirSync(join(base, "doc"), { recursive: true });
      writeFileSync(join(base, "doc/doc.json"), DOCUMENT);
      writeFileSync(join(base, "doc/doc.json.gz.base64"), GZIP_BASE64);
    },
    remove: () => rmSync(base, { recursive: true, force: true }),
  };
}

const plain = apiEvent({ path: "/doc.json", sub: null, headers: { "accept-encoding": "identity" } });
const gzipped = apiEvent({ path: "/doc.json", sub: null, headers: { "accept-encoding": "gzip" } });

describe("a static JSON route", () => {
  it("answers the files beside its module: the text as is, the gzip in base64", async () => {
    const { route, write } = routeOver("both");
    write();

    expect(await route(plain)).toMatchObject({ statusCode: 200, body: DOCUMENT });
    expect(await route(gzipped)).toMatchObject({
      statusCode: 200,
      headers: { "content-encoding": "gzip" },
      body: GZIP_BASE64,
      isBase64Encoded: true,
    });
  });

  it("reads each file on the first request that needs it and keeps it", async () => {
    const { route, write, remove } = routeOver("kept");
    write();
    await route(plain);
    await route(gzipped);
    remove();

    expect((await route(plain)).body).toBe(DOCUMENT);
    expect((await route(gzipped)).body).toBe(GZIP_BASE64);
  });

  it("fails naming the file when it was not shipped", async () => {
    const { route } = routeOver("missing");

    await expect(route(plain)).rejects.toThrow("The file doc/doc.json is missing beside the code");
    await expect(route(gzipped)).rejects.toThrow(
      "The file doc/doc.json.gz.base64 is missing beside the code",
    );
  });
});
