import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { insightsViewSchema } from "../../../../shared/api/insights-view-schema.js";
import { apiEvent, errorOf, invoke } from "../../../support/api-event.js";
import { httpHandlerTestEnv } from "../../../support/http-handler-test-env.js";

const { ddb } = httpHandlerTestEnv();
const { handler } = await import("../../../../functions/http/get-insights.js");

describe("GET /insights", () => {
  it("answers 200 with the caller's counts in the documented shape", async () => {
    const res = await invoke(handler, apiEvent({ path: "/insights" }));

    expect(res.statusCode).toBe(200);
    expect(insightsViewSchema.safeParse(res.json).success).toBe(true);
  });

  it("answers 400 naming a query parameter it does not take, without reading the table", async () => {
    const res = await invoke(handler, apiEvent({ path: "/insights", query: { x: "1", _: "1733300000" } }));

    expect(res.statusCode).toBe(400);
    expect(errorOf(res)).toMatchObject({
      code: "validation_failed",
      issues: [
        { field: "x", problem: "is not a known field" },
        { field: "_", problem: "is not a known field" },
      ],
    });
    expect(ddb.commandCalls(QueryCommand)).toHaveLength(0);
  });
});
