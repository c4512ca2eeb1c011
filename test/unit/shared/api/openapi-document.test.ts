import { describe, expect, it } from "vitest";
import { API_ROUTES, type ApiRoute } from "../../../../shared/api/api-routes.js";
import {
  documentedPath,
  openApiDocument,
  operationErrorCodes,
} from "../../../../shared/api/openapi-document.js";
import { ERROR_CODE_NAMES, type ErrorCode } from "../../../../shared/errors/error-codes.js";
import { ERROR_HTTP } from "../../../../shared/http/error-http-table.js";
import { inlineRefs } from "../../../support/inline-refs.js";

type Operation = {
  parameters: { name: string; in: string }[];
  responses: Record<string, { description: string; headers?: Record<string, unknown> }>;
};

const operation = (method: string, path: string) => {
  // As a client reads it, with the shared answers and schemas (components) in place.
  const paths = inlineRefs(openApiDocument()).paths as Record<string, Record<string, Operation>>;
  const route = API_ROUTES.find((r) => r.method === method && r.path === path);
  const op = paths[route ? documentedPath(route) : path]?.[method.toLowerCase()];
  if (!op) throw new Error(`no ${method} ${path} in the document`);
  return op;
};

describe("the OpenAPI document and Idempotency-Key", () => {
  const keyed = API_ROUTES.filter((r) => r.idempotencyKey);

  it("marks the non-idempotent writes of the API, and only routes with a caller", () => {
    expect(keyed.map((r) => `${r.method} ${r.path}`).sort()).toEqual(
      [
        "PATCH /interviews/{id}",
        "POST /interviews",
        "POST /interviews/{id}/stop",
        "POST /interviews/{id}/snooze",
      ].sort(),
    );
    for (const route of keyed) {
      expect(route.auth).toBe(true);
      expect(route.access.table).toBe("write");
    }
  });

  it.each(keyed.map((r) => [r.method, r.path]))(
    "documents the header and the 409/422 answers on %s %s",
    (method, path) => {
      const op = operation(method, path);
      expect(op.parameters).toContainEqual(
        expect.objectContaining({ name: "Idempotency-Key", in: "header" }),
      );
      expect(op.responses["409"]?.description).toMatch(/idempotency_in_progress/);
      expect(op.responses["409"]?.headers).toHaveProperty("Retry-After");
      expect(op.responses["422"]?.description).toMatch(/idempotency_key_reused/);
    },
  );

  it("names Idempotent-Replayed on the answers a retry with the key can get again, and only there", () => {
    const replayedOn = (method: string, path: string) =>
      Object.entries(operation(method, path).responses)
        .filter(([, response]) => response.headers?.["Idempotent-Replayed"] !== undefined)
        .map(([status]) => status);
    // Not the body parser's 415, the guard's own 409/422, or a 429 (not kept).
    expect(replayedOn("POST", "/interviews")).toEqual(["201", "400", "413"]);
    expect(replayedOn("POST", "/interviews/{id}/stop")).toEqual(["200", "400", "404"]);
    expect(replayedOn("DELETE", "/interviews/{id}")).toEqual([]);
  });

  it("describes the calendar feed at the path a client fetches, the token and .ics", () => {
    const paths = Object.keys(openApiDocument().paths as Record<string, unknown>);
    expect(paths).toContain("/calendar/{token}.ics");
    expect(paths).not.toContain("/calendar/{token}");
  });

  it("documents GET /interviews' query as the route validates it: bounds, default and the states", () => {
    const params = operation("GET", "/interviews").parameters as unknown as {
      name: string;
      schema: Record<string, unknown>;
    }[];
    expect(params.find((p) => p.name === "limit")?.schema).toMatchObject({
      minimum: 1,
      maximum: 100,
      default: 20,
    });
    expect(params.find((p) => p.name === "status")?.schema.enum).toEqual([
      "active",
      "replied",
      "stopped",
      "completed",
      "superseded",
    ]);
  });

  it("keeps a route's own 409 next to the Idempotency-Key's", () => {
    expect(operation("POST", "/interviews/{id}/stop").responses["409"]?.description).toMatch(
      /no longer active.*idempotency_in_progress/,
    );
  });

  it("does not offer the header where it would be ignored", () => {
    for (const [method, path] of [
      ["GET", "/interviews"],
      ["DELETE", "/interviews/{id}"],
      ["POST", "/plan/preview"],
    ] as const) {
      expect(operation(method, path).parameters.map((p) => p.name)).not.toContain("Idempotency-Key");
    }
  });

  it("says that a 503 comes with Retry-After", () => {
    const op = operation("POST", "/interviews");
    expect(op.responses["503"]?.headers).toHaveProperty("Retry-After");
    expect(op.responses["503"]?.description).toMatch(/Retry-After/);
    // Always sent with a 503; a 429 of the per-interview quota (which never resets) has none.
    expect(op.responses["503"]?.headers?.["Retry-After"]).toMatchObject({ required: true });
    expect(op.responses["429"]?.headers?.["Retry-After"]).not.toHaveProperty("required");
  });
});

describe("the OpenAPI document and error codes", () => {
  type ErrorResponseSchema = { properties: { error: { properties: Record<string, unknown> } } };
  type ErrorResponse = {
    description: string;
    headers?: Record<string, unknown>;
    content: { "application/json": { schema: { properties: { error: { properties: { code: unknown } } } } } };
    "x-error-codes": ErrorCode[];
  };
  const errorResponses = (method: string, path: string) =>
    Object.entries(operation(method, path).responses as unknown as Record<string, ErrorResponse>).filter(
      ([status]) => Number(status) >= 400,
    );

  it.each(API_ROUTES.map((r) => [r.method, r.path, r] as const))(
    "lists each code %s %s may answer under the status the table gives it",
    (method, path, route) => {
      const listed = errorResponses(method, path).flatMap(([status, response]) => {
        for (const code of response["x-error-codes"]) expect(ERROR_HTTP[code].status).toBe(Number(status));
        for (const code of response["x-error-codes"]) expect(response.description).toContain(`\`${code}\``);
        const retries = response["x-error-codes"].some((c) => ERROR_HTTP[c].retryAfter !== undefined);
        expect(response.headers?.["Retry-After"] !== undefined).toBe(retries);
        return response["x-error-codes"];
      });
      expect(listed.sort()).toEqual(operationErrorCodes(route).sort());
      expect(listed).toContain("internal_error");
    },
  );

  it("describes API Gateway's own 401 body next to ours, since its JWT authorizer answers first in AWS", () => {
    const [, refused] = errorResponses("GET", "/usage").find(([s]) => s === "401") ?? [];
    const schema = refused?.content["application/json"].schema as unknown as { anyOf: unknown[] };
    expect(schema.anyOf).toContainEqual(
      expect.objectContaining({ properties: { message: { type: "string", enum: ["Unauthorized"] } } }),
    );
    expect(refused?.description).toMatch(/"message": "Unauthorized"/);
  });

  it("describes API Gateway's own 500 body next to ours: a function that crashes, times out or is throttled", () => {
    for (const [method, path] of [
      ["GET", "/usage"],
      ["POST", "/interviews"],
    ] as const) {
      const [, failed] = errorResponses(method, path).find(([s]) => s === "500") ?? [];
      const schema = failed?.content["application/json"].schema as unknown as { anyOf: unknown[] };
      expect(schema.anyOf).toContainEqual(
        expect.objectContaining({ properties: { message: { type: "string" } }, required: ["message"] }),
      );
      expect(failed?.description).toMatch(/"message": "Internal Server Error"/);
    }
  });

  it("names every code of the catalogue somewhere", () => {
    const used = new Set(API_ROUTES.flatMap((r) => operationErrorCodes(r)));
    expect(ERROR_CODE_NAMES.filter((c) => !used.has(c))).toEqual([]);
  });

  it("gives each answer's body the codes it can carry, and the quota fields to a 429", () => {
    const [, conflict] = errorResponses("POST", "/interviews/{id}/stop").find(([s]) => s === "409") ?? [];
    expect(conflict?.content["application/json"].schema.properties.error.properties.code).toEqual({
      type: "string",
      enum: ["chain_not_active", "version_conflict", "idempotency_in_progress"],
    });
    const [, quota] = errorResponses("POST", "/interviews").find(([s]) => s === "429") ?? [];
    const schema = quota?.content["application/json"].schema as unknown as { anyOf?: ErrorResponseSchema[] };
    const [ours] = schema?.anyOf ?? [];
    expect(ours?.properties.error.properties).toHaveProperty("resetsAt");
  });

  it("gives every operation API Gateway's throttling 429, next to a quota's where it has one", () => {
    const throttled = { properties: { message: { type: "string", enum: ["Too Many Requests"] } } };
    for (const route of API_ROUTES) {
      const [, tooMany] = errorResponses(route.method, route.path).find(([s]) => s === "429") ?? [];
      const schema = tooMany?.content["application/json"].schema as unknown as { anyOf?: unknown[] };
      if (schema?.anyOf) expect(schema.anyOf).toContainEqual(expect.objectContaining(throttled));
      else expect(schema).toMatchObject(throttled);
      expect(tooMany?.description).toMatch(/"message": "Too Many Requests"/);
    }
  });

  it("documents what a caller's routes and the signed links can be refused for", () => {
    expect(operationErrorCodes(API_ROUTES.find((r) => r.path === "/usage") as ApiRoute)).toContain(
      "unauthorized",
    );
    for (const path of ["/unsubscribe/{token}", "/manage/{token}"]) {
      const codes = API_ROUTES.filter((r) => r.path === path).flatMap((r) => operationErrorCodes(r));
      expect(codes).toContain("not_found");
      expect(codes).not.toContain("unauthorized");
    }
  });
});

describe("the OpenAPI document and ETag / If-Match", () => {
  const conditional = [
    ["PATCH", "/interviews/{id}"],
    ["POST", "/interviews/{id}/stop"],
    ["POST", "/interviews/{id}/snooze"],
    ["DELETE", "/interviews/{id}"],
  ] as const;

  it.each(conditional)(
    "lets %s %s take If-Match and answer 412 precondition_failed naming the current etag",
    (method, path) => {
      const op = operation(method, path);
      const routeOf = API_ROUTES.find((r) => r.method === method && r.path === path) as ApiRoute;

      expect(op.parameters).toContainEqual(expect.objectContaining({ name: "If-Match", in: "header" }));
      expect(operationErrorCodes(routeOf)).toContain("precondition_failed");
      const schema = JSON.stringify(op.responses["412"]);
      expect(schema).toContain('"etag"');
    },
  );

  it.each([
    ["GET", "/interviews/{id}", "200"],
    ["POST", "/interviews", "201"],
    ["PATCH", "/interviews/{id}", "200"],
    ["POST", "/interviews/{id}/stop", "200"],
    ["POST", "/interviews/{id}/snooze", "200"],
  ])("names the ETag header on %s %s's %s", (method, path, status) => {
    expect(operation(method, path).responses[status]?.headers).toHaveProperty("ETag");
  });

  it("offers If-Match nowhere else", () => {
    const others = API_ROUTES.filter(
      (r) => !conditional.some(([method, path]) => r.method === method && r.path === path),
    );
    for (const route of others) {
      expect(operation(route.method, route.path).parameters.map((p) => p.name)).not.toContain("If-Match");
    }
  });
});
