import { SchedulerClient } from "@aws-sdk/client-scheduler";
import { DynamoDBDocumentClient, PutCommand } from "@aws-sdk/lib-dynamodb";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as z from "zod/mini";
import { plannedStepViewSchema } from "../../../../shared/api/interview-view-schema.js";
import { apiEvent, errorOf, invoke } from "../../../support/api-event.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { setHandlerEnv } from "../../../support/handler-env.js";
import { interviewInput } from "../../../support/interview-input.js";
import { MockDynamoTable } from "../../../support/mock-dynamo-table.js";

setHandlerEnv();
const ddb = mockClient(DynamoDBDocumentClient);
const scheduler = mockClient(SchedulerClient);
const { handler } = await import("../../../../functions/http/preview-plan.js");

useFixedSystemTime();

beforeEach(() => {
  ddb.reset();
  scheduler.reset();
  new MockDynamoTable(ddb);
  vi.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

const preview = (body: unknown) => invoke(handler, apiEvent({ method: "POST", path: "/plan/preview", body }));

describe("POST /plan/preview", () => {
  it("answers 200 with the planned steps and stores and schedules nothing", async () => {
    const res = await preview(interviewInput());

    expect(res.statusCode).toBe(200);
    const { steps } = z.object({ steps: z.array(plannedStepViewSchema) }).parse(res.json);
    expect(steps.map((s) => s.kind)).toEqual([
      "thank_you",
      "handwritten_note",
      "pre_decision_nudge",
      "recruiter_check_in",
      "weekly_check_in",
    ]);
    expect(ddb.commandCalls(PutCommand)).toHaveLength(0);
    expect(scheduler.calls()).toHaveLength(0);
  });

  it("answers 400 naming the field, like POST /interviews", async () => {
    const res = await preview(interviewInput({ candidate: { name: "Cara", email: "not-an-email" } }));

    expect(errorOf(res).issues).toEqual([
      { field: "candidate.email", problem: "must be a valid email address" },
    ]);
  });
});
