import { describe, expect, it } from "vitest";
import { readApiError } from "../../../web/src/read-api-error.js";

describe("readApiError", () => {
  it("reads the API's own error body", () => {
    const e = readApiError(400, "", {
      error: {
        code: "validation_failed",
        message: "The request is not valid.",
        issues: [{ field: "days", problem: "must be at most 30" }],
      },
    });
    expect(e).toMatchObject({ status: 400, code: "validation_failed", message: "The request is not valid." });
    expect(e.issues).toEqual([{ field: "days", problem: "must be at most 30" }]);
  });

  it("reads API Gateway's own answers, which HTTP/2 gives no status text", () => {
    expect(readApiError(500, "", { message: "Internal Server Error" }).message).toBe("Internal Server Error");
    expect(readApiError(429, "", { message: "Too Many Requests" })).toMatchObject({
      code: "http_429",
      message: "Too Many Requests",
    });
  });

  it("says which status came when the body says nothing", () => {
    expect(readApiError(502, "", undefined).message).toBe("The API answered HTTP 502.");
    expect(readApiError(502, "", "<html>Bad Gateway</html>").message).toBe("The API answered HTTP 502.");
  });

  it("keeps only issues that name a problem", () => {
    const e = readApiError(400, "", {
      error: { code: "x", message: "m", issues: [{ field: 1 }, "no", null] },
    });
    expect(e.issues).toEqual([]);
  });
});
