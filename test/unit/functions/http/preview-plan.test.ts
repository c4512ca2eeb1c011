import { PutCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { plannedStepViewSchema } from "../../../../shared/api/interview-view-schema.js";
import { apiEvent, errorOf, invoke } from "../../../support/api-event.js";
import { httpHandlerTestEnv } from "../../../support/http-handler-test-env.js";
import { interviewInput } from "../../../support/interview-input.js";

const testEnv = httpHandlerTestEnv();
const { ddb, scheduler } = testEnv;
const { handler } = await import("../../../../functions/http/preview-plan.js");

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
