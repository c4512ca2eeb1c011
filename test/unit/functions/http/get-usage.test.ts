import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { quotaErrorViewSchema, usageViewSchema } from "../../../../shared/api/usage-view-schema.js";
import { apiEvent, errorOf, invoke } from "../../../support/api-event.js";
import { FIXED_NOW } from "../../../support/fixed-clock.js";
import { httpHandlerTestEnv } from "../../../support/http-handler-test-env.js";
import { interviewInput } from "../../../support/interview-input.js";

const testEnv = httpHandlerTestEnv();
const { ddb, scheduler } = testEnv;
process.env.QUOTA_EMAILS_PER_DAY = "7";
const { handler } = await import("../../../../functions/http/get-usage.js");
const create = (await import("../../../../functions/http/create-interview.js")).handler;

const today = FIXED_NOW.toISOString().slice(0, 10);

describe("GET /usage", () => {
  it("answers 400 naming a query parameter it does not take, without reading the table", async () => {
    const res = await invoke(handler, apiEvent({ path: "/usage", query: { x: "1" } }));

    expect(res.statusCode).toBe(400);
    expect(errorOf(res)).toMatchObject({
      code: "validation_failed",
      issues: [{ field: "x", problem: "is not a known field" }],
    });
    expect(ddb.commandCalls(GetCommand)).toHaveLength(0);
  });

  it("answers 200 with each quota's limit (from the environment), the caller's use and reset time", async () => {
    testEnv.table.seed({
      pk: "OWNERQUOTA#user-1",
      sk: "QUOTA",
      version: 4,
      day: today,
      dayIds: new Set(["i1", "i2", "i3", "i4"]),
    });
    testEnv.table.seed({ pk: "QUOTA#someone-else", sk: `emails_per_day#${today}`, count: 9 });

    const res = await invoke(handler, apiEvent({ path: "/usage" }));

    expect(res.statusCode).toBe(200);
    const view = usageViewSchema.parse(res.json);
    expect(view.quotas.interviews_per_day).toMatchObject({ limit: 20, used: 4, remaining: 16 });
    expect(view.quotas.interviews_per_day?.resetsAt).toBe("2026-11-24T00:00:00.000Z");
    expect(view.quotas.emails_per_day).toMatchObject({ limit: 7, used: 0 });
    expect(
      ddb
        .commandCalls(GetCommand)
        .every((c) => ["QUOTA#user-1", "OWNERQUOTA#user-1"].includes(String(c.args[0].input.Key?.pk))),
    ).toBe(true);
  });

  it("answers 401 without a caller", async () => {
    const res = await invoke(handler, apiEvent({ path: "/usage", sub: null }));

    expect(res.statusCode).toBe(401);
  });

  it("answers 503 when the table does not answer", async () => {
    ddb.reset();
    ddb.rejects(Object.assign(new Error("timed out"), { name: "TimeoutError", $metadata: {} }));

    const res = await invoke(handler, apiEvent({ path: "/usage" }));

    expect(res.statusCode).toBe(503);
    expect(errorOf(res).code).toBe("service_unavailable");
  });
});

describe("POST /interviews over a quota", () => {
  it("answers 429 with the quota, its limit and reset, and Retry-After, when the owner's record refuses", async () => {
    // The day's 20 interviews taken; the quick write is refused, the careful one decides on the record.
    testEnv.table.seed({
      pk: "OWNERQUOTA#user-1",
      sk: "QUOTA",
      version: 20,
      day: today,
      dayIds: new Set(Array.from({ length: 20 }, (_, i) => `i${i}`)),
    });
    ddb
      .on(UpdateCommand)
      .rejects(
        new ConditionalCheckFailedException({ message: "The conditional request failed", $metadata: {} }),
      );

    const res = await invoke(
      create,
      apiEvent({ method: "POST", path: "/interviews", body: interviewInput() }),
    );

    expect(res.statusCode).toBe(429);
    expect(quotaErrorViewSchema.parse(res.json).error).toMatchObject({
      quota: "interviews_per_day",
      limit: 20,
      resetsAt: "2026-11-24T00:00:00.000Z",
    });
    expect(res.headers?.["retry-after"]).toBe(String(4 * 3600));
    expect([...testEnv.table.items.keys()].some((k) => k.startsWith("INTERVIEW#"))).toBe(false);
    expect(scheduler.calls()).toHaveLength(0);
  });
});
