import { describe, expect, it } from "vitest";
import { handler } from "../../../../functions/http/health.js";
import { apiEvent, invoke } from "../../../support/api-event.js";

describe("GET /health", () => {
  it("answers 200 without a token", async () => {
    const res = await invoke(handler, apiEvent({ path: "/health", sub: null }));

    expect(res.statusCode).toBe(200);
    expect(res.json).toEqual({ status: "ok" });
  });
});
