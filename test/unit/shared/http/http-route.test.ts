import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from "vitest";
import * as z from "zod/mini";
import { singleLine } from "../../../../shared/api/field-schemas.js";
import {
  AppError,
  ConflictError,
  DependencyUnavailableError,
  NotFoundError,
} from "../../../../shared/errors/app-error.js";
import { httpRoute } from "../../../../shared/http/http-route.js";
import { jsonResponse } from "../../../../shared/http/json-response.js";
import { type ApiResponse, apiEvent, errorOf, invoke } from "../../../support/api-event.js";

const bodySchema = z.strictObject({ name: singleLine(40), tags: z.optional(z.array(z.string())) });
const querySchema = z.strictObject({
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(10)), 5),
});

let lastRequest: { owner: string; body: unknown; query: unknown; params: Record<string, string> } | undefined;

const echo = httpRoute(
  { auth: true, body: bodySchema, query: querySchema },
  async ({ owner, body, query, params }) => {
    lastRequest = { owner, body, query, params };
    return jsonResponse(200, { owner, body, query, params });
  },
);

const post = (
  body: unknown,
  headers: Record<string, string> = {},
  extra: Parameters<typeof apiEvent>[0] = {},
) => invoke(echo, apiEvent({ method: "POST", path: "/things", body, headers, ...extra }));

function expectJsonError(res: ApiResponse, status: number, code: string): void {
  expect(res.statusCode).toBe(status);
  expect(res.headers["content-type"]).toMatch(/^application\/json/);
  expect(errorOf(res).code).toBe(code);
  expect(errorOf(res).message).toEqual(expect.any(String));
  expect(res.text).not.toMatch(/\bat .*\(.*:\d+:\d+\)|node_modules|\.ts:\d+/);
}

let consoleError: MockInstance;
beforeEach(() => {
  lastRequest = undefined;
  consoleError = vi.spyOn(console, "error").mockImplementation(() => undefined);
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe("httpRoute: the body", () => {
  it("hands a valid JSON body, the owner, the query and path parameters to the route", async () => {
    const res = await post({ name: "  Ada " }, {}, { query: { limit: "3" }, pathParameters: { id: "42" } });

    expect(res.statusCode).toBe(200);
    expect(lastRequest).toEqual({
      owner: "user-1",
      body: { name: "Ada" },
      query: { limit: 3 },
      params: { id: "42" },
    });
  });

  it("answers malformed JSON with 400 malformed_json in a JSON body", async () => {
    const res = await post('{"name": "Ada",');

    expectJsonError(res, 400, "malformed_json");
    expect(lastRequest).toBeUndefined();
  });

  it.each([
    "text/plain",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
    "application/jsonx",
  ])("answers content type %s with 415", async (contentType) => {
    const res = await post({ name: "Ada" }, { "content-type": contentType });
    expectJsonError(res, 415, "unsupported_media_type");
  });

  it("answers a body with no content type with 415", async () => {
    const event = apiEvent({ method: "POST", body: { name: "Ada" } });
    delete event.headers["content-type"];
    expectJsonError(await invoke(echo, event), 415, "unsupported_media_type");
  });

  it.each(["application/json; charset=utf-8", "Application/JSON", "application/merge-patch+json"])(
    "accepts content type %s",
    async (contentType) => {
      const res = await post({ name: "Ada" }, { "content-type": contentType });
      expect(res.statusCode).toBe(200);
    },
  );

  it("finds the content type whatever the header's case", async () => {
    const event = apiEvent({ method: "POST", body: { name: "Ada" } });
    delete event.headers["content-type"];
    event.headers["Content-Type"] = "application/json";
    expect((await invoke(echo, event)).statusCode).toBe(200);
  });

  it("reads a base64-encoded body", async () => {
    const body = Buffer.from(JSON.stringify({ name: "Zoë" })).toString("base64");
    const res = await post(body, {}, { isBase64Encoded: true });

    expect(res.statusCode).toBe(200);
    expect(lastRequest?.body).toEqual({ name: "Zoë" });
  });

  it("answers a body that is not UTF-8 (a Latin-1 client's) with 400 malformed_json, not a name with U+FFFD", async () => {
    // "Zoë" in ISO-8859-1: the ë is the single byte 0xEB, not valid UTF-8.
    const latin1 = Buffer.from('{"name":"Zo\xeb"}', "latin1").toString("base64");
    const res = await post(
      latin1,
      { "content-type": "application/json; charset=iso-8859-1" },
      { isBase64Encoded: true },
    );

    expectJsonError(res, 400, "malformed_json");
    expect(errorOf(res).message).toMatch(/UTF-8/);
    expect(lastRequest).toBeUndefined();
  });

  it("reads a JSON body that starts with a byte order mark (RFC 8259 lets a parser ignore it)", async () => {
    const res = await post(`\ufeff${JSON.stringify({ name: "Ada" })}`);

    expect(res.statusCode).toBe(200);
    expect(lastRequest?.body).toEqual({ name: "Ada" });
  });

  it("answers a body over 64 KiB with 413 before parsing it", async () => {
    const big = JSON.stringify({ name: "Ada", tags: ["x".repeat(64 * 1024)] });
    const res = await post(big);

    expectJsonError(res, 413, "payload_too_large");
    expect(lastRequest).toBeUndefined();
  });

  it("counts the limit in bytes, not characters", async () => {
    // 22,000 three-byte characters: under 64 Ki characters, over 64 KiB.
    const res = await post({ name: "Ada", tags: ["€".repeat(22_000)] });
    expectJsonError(res, 413, "payload_too_large");
  });

  it("answers 413 for an oversized body even with a wrong content type", async () => {
    const res = await post("x".repeat(65 * 1024), { "content-type": "text/plain" });
    expectJsonError(res, 413, "payload_too_large");
  });

  it("honours a route's own body limit", async () => {
    const small = httpRoute({ auth: false, body: bodySchema, maxBodyBytes: 32 }, async () =>
      jsonResponse(200, {}),
    );
    const ok = await invoke(small, apiEvent({ method: "POST", body: { name: "Ada" } }));
    const tooBig = await invoke(small, apiEvent({ method: "POST", body: { name: "A".repeat(40) } }));

    expect(ok.statusCode).toBe(200);
    expectJsonError(tooBig, 413, "payload_too_large");
  });

  it("answers a missing body with 400 validation_failed", async () => {
    const res = await invoke(echo, apiEvent({ method: "POST" }));

    expectJsonError(res, 400, "validation_failed");
    expect(errorOf(res).issues).toEqual([{ field: "", problem: "a JSON body is required" }]);
  });

  it("reads a missing body as {} on a route whose body is optional, and still validates a given one", async () => {
    const optional = httpRoute(
      { auth: false, body: z.strictObject({ days: z.optional(z.number()) }), optionalBody: true },
      async ({ body }) => jsonResponse(200, body),
    );
    const none = await invoke(optional, apiEvent({ method: "POST" }));
    expect(none.statusCode).toBe(200);
    expect(none.text).toBe("{}");
    expect((await invoke(optional, apiEvent({ method: "POST", body: { days: 3 } }))).text).toBe('{"days":3}');
    const bad = await invoke(optional, apiEvent({ method: "POST", body: { days: "3" } }));
    expectJsonError(bad, 400, "validation_failed");
    expect(errorOf(bad).issues).toEqual([{ field: "days", problem: expect.any(String) }]);
    // a JSON null is a body, and not an object: not the same as leaving the body out
    const nul = await invoke(optional, apiEvent({ method: "POST", body: "null" }));
    expectJsonError(nul, 400, "validation_failed");
    expect(errorOf(nul).issues).toEqual([{ field: "", problem: "must be an object, not null" }]);
  });

  it("names a JSON null body for what it is, not as a missing body", async () => {
    const res = await post("null");

    expect(errorOf(res).issues).toEqual([{ field: "", problem: "must be an object, not null" }]);
  });

  it("names an unknown field", async () => {
    const res = await post({ name: "Ada", surprise: true });

    expectJsonError(res, 400, "validation_failed");
    expect(errorOf(res).issues).toEqual([{ field: "surprise", problem: "is not a known field" }]);
  });

  it("names a missing field and a wrong type", async () => {
    const res = await post({ tags: "not-a-list" });

    expect(errorOf(res).issues).toEqual([
      { field: "name", problem: "is required" },
      { field: "tags", problem: expect.any(String) },
    ]);
  });

  it("answers a JSON body that is not an object with 400", async () => {
    expectJsonError(await post("[1,2]"), 400, "validation_failed");
    expectJsonError(await post("null"), 400, "validation_failed");
  });

  it("validates the query string", async () => {
    const res = await post({ name: "Ada" }, {}, { query: { limit: "500" } });

    expectJsonError(res, 400, "validation_failed");
    expect(errorOf(res).issues?.map((i) => i.field)).toEqual(["limit"]);
  });

  it.each([
    ["text", "please", "text/plain"],
    ["malformed JSON", "{", "application/json"],
    ["body over 64 KiB", "x".repeat(65 * 1024), "text/plain"],
  ])(
    "ignores a %s on a route that reads no body (its operation documents no 4xx for it)",
    async (_, body, type) => {
      const remove = httpRoute({ auth: true }, async ({ owner }) => jsonResponse(200, { owner }));
      const event = apiEvent({
        method: "DELETE",
        path: "/things/1",
        body,
        headers: { "content-type": type },
      });
      const res = await invoke(remove, event);
      expect(res.statusCode).toBe(200);
      expect(JSON.parse(res.text ?? "")).toEqual({ owner: "user-1" });
    },
  );
});

describe("httpRoute: auth", () => {
  it("answers 401 when the token has no sub claim", async () => {
    const res = await post({ name: "Ada" }, {}, { sub: null });

    expectJsonError(res, 401, "unauthorized");
    expect(lastRequest).toBeUndefined();
  });

  it("answers 401 when there is no authorizer context at all", async () => {
    const event = apiEvent({ method: "POST", body: { name: "Ada" } });
    const { authorizer: _, ...requestContext } = event.requestContext;
    const res = await invoke(echo, { ...event, requestContext } as typeof event);

    expectJsonError(res, 401, "unauthorized");
  });

  it.each([
    ["5,000 characters", "u".repeat(5000)],
    ["257 characters", "u".repeat(257)],
    ["256 characters that grow past the key limit once URI-encoded", "€".repeat(256)],
    ["a control character", "user\u0000-1"],
    ["a lone surrogate", "user-\ud800"],
  ])("answers 401 for a subject no table key can hold: %s", async (_, sub) => {
    const res = await post({ name: "Dana" }, {}, { sub });
    expectJsonError(res, 401, "unauthorized");
    expect(lastRequest).toBeUndefined();
  });

  it("serves a 256-character subject", async () => {
    const res = await post({ name: "Dana" }, {}, { sub: "u".repeat(256) });
    expect(res.statusCode).toBe(200);
    expect(lastRequest?.owner).toBe("u".repeat(256));
  });

  it("lets a public route through without a token", async () => {
    const open = httpRoute({ auth: false }, async ({ owner }) => jsonResponse(200, { owner }));
    const res = await invoke(open, apiEvent({ sub: null }));

    expect(res.statusCode).toBe(200);
    expect(res.json).toEqual({ owner: "" });
  });
});

describe("httpRoute: errors raised by the route", () => {
  const failing = (err: unknown) =>
    httpRoute({ auth: true }, async () => {
      throw err;
    });

  it("answers an unexpected error with 500 internal_error, hiding its message and stack, and logs it", async () => {
    const err = new TypeError("Cannot read properties of undefined (reading 'secretTableName')");
    const res = await invoke(failing(err), apiEvent());

    expectJsonError(res, 500, "internal_error");
    expect(res.json).toEqual({
      error: { code: "internal_error", message: "Something went wrong on our side." },
    });
    expect(res.text).not.toContain("secretTableName");
    expect(consoleError).toHaveBeenCalledTimes(1);
    expect(String(consoleError.mock.calls[0]?.[0])).toContain("secretTableName");
  });

  it("answers a thrown non-Error with 500 internal_error", async () => {
    expectJsonError(await invoke(failing("just a string"), apiEvent()), 500, "internal_error");
  });

  it("hides the message of our own errors that are not meant for callers", async () => {
    const res = await invoke(
      failing(new AppError("internal_error", "item INTERVIEW#1 has no steps")),
      apiEvent(),
    );

    expectJsonError(res, 500, "internal_error");
    expect(res.text).not.toContain("INTERVIEW#1");
  });

  it("answers a dependency outage with 503 service_unavailable and a retry-after", async () => {
    const cause = Object.assign(new Error("connect ECONNREFUSED 10.0.0.1:443"), { code: "ECONNREFUSED" });
    const res = await invoke(
      failing(new DependencyUnavailableError("The interview store", cause)),
      apiEvent(),
    );

    expectJsonError(res, 503, "service_unavailable");
    expect(res.headers["retry-after"]).toBe("5");
    expect(res.text).not.toContain("10.0.0.1");
  });

  it("answers our own errors with their status and code, without logging them as failures", async () => {
    const notFound = await invoke(failing(new NotFoundError("Interview")), apiEvent());
    const conflict = await invoke(
      failing(new ConflictError("chain_not_active", "This chain is already stopped.")),
      apiEvent(),
    );

    expectJsonError(notFound, 404, "not_found");
    expectJsonError(conflict, 409, "chain_not_active");
    expect(errorOf(conflict).message).toBe("This chain is already stopped.");
    expect(consoleError).not.toHaveBeenCalled();
  });
});
