import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clockRoutes } from "../../../local/clock-routes.js";
import { startLocalGateway } from "../../../local/local-gateway.js";
import { LocalJwt } from "../../../local/local-jwt.js";
import { ERROR_CODE_NAMES, type ErrorCode } from "../../../shared/errors/error-codes.js";
import { ERROR_HTTP } from "../../../shared/http/error-http-table.js";
import { fixedClock } from "../../support/fixed-clock.js";

const dataDir = mkdtempSync(join(tmpdir(), "followup-gateway-"));
let gateway: Awaited<ReturnType<typeof startLocalGateway>>;
const advancedTo: Date[] = [];

beforeAll(async () => {
  gateway = await startLocalGateway({
    port: 0,
    jwt: await LocalJwt.open(dataDir),
    // Every answer here is the gateway's own: none reaches a handler.
    invoke: () => Promise.reject(new Error("no handler runs in these tests")),
    localRoutes: [
      clockRoutes(fixedClock(), async (until) => {
        advancedTo.push(until);
        return 0;
      }),
    ],
  });
});
afterAll(async () => {
  await gateway?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The answer, after checking it has the service's error shape: its code's status from the one table. */
async function errorOf(method: string, path: string, body?: string) {
  const res = await fetch(`${gateway.url}${path}`, { method, ...(body !== undefined ? { body } : {}) });
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  const json = (await res.json()) as { error: { code: ErrorCode; message: string; issues?: unknown } };
  expect(Object.keys(json)).toEqual(["error"]);
  expect(ERROR_CODE_NAMES).toContain(json.error.code);
  expect(res.status).toBe(ERROR_HTTP[json.error.code].status);
  expect(json.error.message).toEqual(expect.any(String));
  return { status: res.status, headers: res.headers, error: json.error };
}

describe("the local gateway answers its own errors as the service does", () => {
  it("an unknown route is the catalogue's not_found", async () => {
    expect((await errorOf("GET", "/nowhere")).error).toEqual({
      code: "not_found",
      message: "Route GET /nowhere was not found.",
    });
  });

  it("a route that needs a token, without one, is unauthorized and asks for a bearer token", async () => {
    const { status, headers, error } = await errorOf("GET", "/interviews");
    expect(status).toBe(401);
    expect(headers.get("www-authenticate")).toBe("Bearer");
    expect(error.code).toBe("unauthorized");
  });

  it("a body over API Gateway's 10 MB is payload_too_large, naming that limit", async () => {
    const { status, error } = await errorOf("POST", "/interviews", "x".repeat(10 * 1024 * 1024 + 1));
    expect(status).toBe(413);
    expect(error).toEqual({
      code: "payload_too_large",
      message: "The body is larger than 10485760 bytes.",
    });
  });
});

describe("a body under API Gateway's 10 MB reaches the route, as in AWS", () => {
  it("so that the route answers with its own limit (64 KB), not the gateway's", async () => {
    const seen: number[] = [];
    const passing = await startLocalGateway({
      port: 0,
      jwt: await LocalJwt.open(dataDir),
      invoke: async (_entry, event) => {
        seen.push(String((event as { body?: string }).body ?? "").length);
        return { statusCode: 204 };
      },
    });
    try {
      const token = await (await LocalJwt.open(dataDir)).sign("sam");
      const res = await fetch(`${passing.url}/interviews`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: "x".repeat(2 * 1024 * 1024),
      });
      expect(res.status).toBe(204);
      expect(seen).toEqual([2 * 1024 * 1024]);
    } finally {
      await passing.close();
    }
  });
});

describe("the local clock answers bad input as the service does, and does not move", () => {
  it("names the field of a duration it cannot use, and a date in the past", async () => {
    expect((await errorOf("POST", "/_local/clock", JSON.stringify({ advance: "P0D" }))).error).toEqual({
      code: "validation_failed",
      message: "The request is not valid.",
      issues: [
        {
          field: "advance",
          problem: "must be a positive ISO 8601 duration of at most 3 years, e.g. PT2H or P7D",
        },
      ],
    });
    const past = await errorOf("POST", "/_local/clock", JSON.stringify({ to: "2020-01-01T00:00:00Z" }));
    expect(past.error.issues).toEqual([
      { field: "to", problem: "must not be before the clock: it only moves forward" },
    ]);
    expect(advancedTo).toEqual([]);
  });

  it("tells JSON it cannot read, a body of the wrong form and a method it does not serve apart", async () => {
    expect((await errorOf("POST", "/_local/clock", "{")).error.code).toBe("malformed_json");
    expect((await errorOf("POST", "/_local/clock", JSON.stringify({ days: 3 }))).error.code).toBe(
      "validation_failed",
    );
    expect((await errorOf("PUT", "/_local/clock")).error.code).toBe("not_found");
    expect(advancedTo).toEqual([]);
  });

  it("names the field of a body it cannot use: a date without a time, a duration of the wrong type, an unknown field", async () => {
    const fieldOf = async (body: unknown) =>
      (
        (await errorOf("POST", "/_local/clock", JSON.stringify(body))).error.issues as { field: string }[]
      ).map((i) => i.field);
    expect(await fieldOf({ to: "2027-02-09" })).toEqual(["to"]);
    expect(await fieldOf({ advance: 7 })).toEqual(["advance"]);
    expect(await fieldOf({ days: 3 })).toEqual(["days"]);
    expect(await fieldOf({})).toEqual([""]);
    expect(await fieldOf({ advance: "P1D", to: "2027-02-09T10:00:00Z" })).toEqual([""]);
    expect(advancedTo).toEqual([]);
  });
});
