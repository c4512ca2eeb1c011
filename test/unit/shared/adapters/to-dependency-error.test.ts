import { describe, expect, it } from "vitest";
import { isDependencyOutage, toDependencyError } from "../../../../shared/adapters/to-dependency-error.js";
import { DependencyUnavailableError } from "../../../../shared/errors/app-error.js";

const awsError = (name: string, httpStatusCode?: number) =>
  Object.assign(new Error(name), { name, $metadata: httpStatusCode === undefined ? {} : { httpStatusCode } });

describe("isDependencyOutage", () => {
  it.each([
    ["a TimeoutError with no HTTP answer", awsError("TimeoutError")],
    // What the SDK throws, as seen against a hung server (test/integration/local/hung-dependency.test.ts):
    [
      "a request timeout (nothing answered in time)",
      Object.assign(new Error("a request has exceeded the configured 2500 ms requestTimeout."), {
        name: "TimeoutError",
        code: "ETIMEDOUT",
        $metadata: { attempts: 2 },
      }),
    ],
    [
      "a socket timeout after the headers of a 200 (the body stopped halfway)",
      Object.assign(new Error("the request socket timed out after 2500 ms of inactivity"), {
        name: "TimeoutError",
        $metadata: { httpStatusCode: 200, attempts: 2 },
      }),
    ],
    ["throttling", awsError("ThrottlingException", 400)],
    ["a 503", awsError("SomethingNew", 503)],
    ["a request that got no HTTP answer at all", awsError("Error")],
    ["a refused connection", Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" })],
    ["a DNS failure", Object.assign(new Error("getaddrinfo ENOTFOUND"), { code: "ENOTFOUND" })],
    [
      "a wrapped network error",
      new Error("request failed", { cause: Object.assign(new Error("x"), { code: "ECONNRESET" }) }),
    ],
  ])("is true for %s", (_, err) => {
    expect(isDependencyOutage(err)).toBe(true);
  });

  it.each([
    ["a validation error", awsError("ValidationException", 400)],
    ["an access denial", awsError("AccessDeniedException", 403)],
    ["a plain programming error", new TypeError("x is undefined")],
    ["a string", "ECONNREFUSED"],
  ])("is false for %s", (_, err) => {
    expect(isDependencyOutage(err)).toBe(false);
  });
});

describe("toDependencyError", () => {
  it("wraps an outage in a 503 naming the dependency, keeping the cause", () => {
    const cause = awsError("TimeoutError");
    const err = toDependencyError("The scheduler", cause);

    expect(err).toBeInstanceOf(DependencyUnavailableError);
    expect((err as DependencyUnavailableError).message).toMatch(/^The scheduler is unavailable/);
    expect((err as DependencyUnavailableError).cause).toBe(cause);
  });

  it("returns anything else unchanged", () => {
    const err = awsError("AccessDeniedException", 403);
    expect(toDependencyError("The scheduler", err)).toBe(err);
  });
});
