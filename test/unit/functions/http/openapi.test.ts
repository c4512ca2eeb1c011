import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { handler } from "../../../../functions/http/openapi.js";
import { API_ROUTES } from "../../../../shared/api/api-routes.js";
import { documentedPath } from "../../../../shared/api/openapi-document.js";
import { apiEvent, invoke } from "../../../support/api-event.js";
import { inlineRefs } from "../../../support/inline-refs.js";

interface Operation {
  summary?: string;
  security?: unknown[];
  parameters?: { name: string; in: string }[];
  requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown> } }> };
  responses: Record<string, unknown>;
}

async function document() {
  const res = await invoke(handler, apiEvent({ path: "/openapi.json", sub: null }));
  expect(res.statusCode).toBe(200);
  expect(res.headers["content-type"]).toMatch(/^application\/json/);
  // As a client reads it, with the shared schemas and answers (components) in place.
  return inlineRefs(res.json as { openapi: string; paths: Record<string, Record<string, Operation>> });
}

describe("GET /openapi.json", () => {
  it("is an OpenAPI 3 document served without a token", async () => {
    expect((await document()).openapi).toMatch(/^3\./);
  });

  it("answers the same document gzipped to a client that accepts gzip", async () => {
    const plain = await document();
    const res = await handler(
      apiEvent({ path: "/openapi.json", sub: null, headers: { "accept-encoding": "br, gzip" } }),
    );

    expect(res.headers?.["content-encoding"]).toBe("gzip");
    expect(res.isBase64Encoded).toBe(true);
    expect(
      inlineRefs(JSON.parse(gunzipSync(Buffer.from(res.body ?? "", "base64")).toString("utf8"))),
    ).toEqual(plain);
  });

  it.each(["gzip;q=0", "gzip; q=0.000, identity", "identity", "br", "*;q=0.5, gzip;q=0"])(
    "answers plain JSON to a client whose Accept-Encoding %s does not take gzip (q=0 refuses it)",
    async (acceptEncoding) => {
      const res = await handler(
        apiEvent({ path: "/openapi.json", sub: null, headers: { "accept-encoding": acceptEncoding } }),
      );

      expect(res.headers?.["content-encoding"]).toBeUndefined();
      expect(JSON.parse(res.body ?? "")).toHaveProperty("openapi");
    },
  );

  it("gzips for any spelling that takes it: a weight above 0, x-gzip, any case", async () => {
    for (const acceptEncoding of ["GZIP", "gzip;q=0.5", "x-gzip", "br;q=1, gzip ; q=0.1"]) {
      const res = await handler(
        apiEvent({ path: "/openapi.json", sub: null, headers: { "accept-encoding": acceptEncoding } }),
      );
      expect(res.headers?.["content-encoding"], acceptEncoding).toBe("gzip");
    }
  });

  it("lists every route of API_ROUTES, and nothing else", async () => {
    const { paths } = await document();

    const documented = Object.entries(paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(documented.sort()).toEqual(API_ROUTES.map((r) => `${r.method} ${documentedPath(r)}`).sort());
  });

  it("gives every route a summary and a success response", async () => {
    const { paths } = await document();

    for (const route of API_ROUTES) {
      const op = paths[documentedPath(route)]?.[route.method.toLowerCase()];
      expect(op?.summary, `${route.method} ${route.path}`).toEqual(expect.any(String));
      expect(Object.keys(op?.responses ?? {}).some((code) => code.startsWith("2"))).toBe(true);
    }
  });

  it("marks exactly the authenticated routes as needing a bearer token, with 401 and 404 answers", async () => {
    const { paths } = await document();

    for (const route of API_ROUTES) {
      const op = paths[documentedPath(route)]?.[route.method.toLowerCase()];
      expect(op?.security !== undefined, `${route.method} ${route.path}`).toBe(route.auth);
      if (route.auth) expect(op?.responses).toHaveProperty("401");
    }
  });

  it("declares the id path parameter and the create body from the request schema", async () => {
    const { paths } = await document();

    expect(paths["/interviews/{id}"]?.get?.parameters).toContainEqual(
      expect.objectContaining({ name: "id", in: "path" }),
    );
    const body = paths["/interviews"]?.post?.requestBody?.content["application/json"]?.schema;
    expect(Object.keys(body?.properties ?? {})).toEqual(
      expect.arrayContaining([
        "company",
        "role",
        "interviewedAt",
        "timezone",
        "interviewers",
        "decisionExpectedBy",
      ]),
    );
  });
});
