import { describe, expect, it } from "vitest";
import { API_ROUTES } from "../../../../shared/api/api-routes.js";
import { openApiDocument } from "../../../../shared/api/openapi-document.js";

type Operation = {
  parameters: { name: string; in: string }[];
  responses: Record<string, { description: string; headers?: Record<string, unknown> }>;
};

const operation = (method: string, path: string) => {
  const paths = openApiDocument().paths as Record<string, Record<string, Operation>>;
  const op = paths[path]?.[method.toLowerCase()];
  if (!op) throw new Error(`no ${method} ${path} in the document`);
  return op;
};

describe("the OpenAPI document and Idempotency-Key", () => {
  const keyed = API_ROUTES.filter((r) => r.idempotencyKey);

  it("marks the non-idempotent writes of the API, and only routes with a caller", () => {
    expect(keyed.map((r) => `${r.method} ${r.path}`).sort()).toEqual(
      ["PATCH /interviews/{id}", "POST /interviews", "POST /interviews/{id}/stop"].sort(),
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
  });
});
