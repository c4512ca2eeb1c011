import { CreateScheduleCommand } from "@aws-sdk/client-scheduler";
import { PutCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { interviewViewSchema } from "../../../../shared/api/interview-view-schema.js";
import { apiEvent, errorOf, invoke } from "../../../support/api-event.js";
import { httpHandlerTestEnv } from "../../../support/http-handler-test-env.js";
import { interviewInput } from "../../../support/interview-input.js";

const testEnv = httpHandlerTestEnv();
const { ddb, scheduler } = testEnv;
const { handler } = await import("../../../../functions/http/update-interview.js");
const create = (await import("../../../../functions/http/create-interview.js")).handler;

async function createdId(): Promise<string> {
  const res = await invoke(create, apiEvent({ method: "POST", path: "/interviews", body: interviewInput() }));
  scheduler.resetHistory();
  ddb.resetHistory();
  return (res.json as { id: string }).id;
}

const patch = (id: string, body: unknown, sub: string | null = "user-1") =>
  invoke(
    handler,
    apiEvent({ method: "PATCH", path: `/interviews/${id}`, pathParameters: { id }, body, sub }),
  );

describe("PATCH /interviews/{id}", () => {
  it("answers 200 with the re-planned interview and moves the schedules of moved steps", async () => {
    const id = await createdId();

    const res = await patch(id, { decisionExpectedBy: "2026-12-11" });

    expect(res.statusCode).toBe(200);
    const view = interviewViewSchema.parse(res.json);
    expect(view.decisionExpectedBy).toBe("2026-12-11");
    const moved = scheduler
      .commandCalls(CreateScheduleCommand)
      .map((c) => c.args[0].input.ScheduleExpression);
    expect(moved).toEqual(["at(2026-12-08T09:30:00)", "at(2026-12-15T09:30:00)", "at(2026-12-22T09:30:00)"]);
  });

  it("answers 400 naming decisionExpectedBy when it would fall before the interview, and writes nothing", async () => {
    const id = await createdId();
    const before = structuredClone([...testEnv.table.items.values()]);

    const res = await patch(id, { decisionExpectedBy: "2026-11-01" });

    expect(res.statusCode).toBe(400);
    expect(errorOf(res).issues).toContainEqual({
      field: "decisionExpectedBy",
      problem: "must not be before the interview",
    });
    expect(ddb.commandCalls(PutCommand)).toHaveLength(0);
    expect([...testEnv.table.items.values()]).toEqual(before);
  });

  it("clears the region with null, so an interview can move to a country without one", async () => {
    const res = await invoke(
      create,
      apiEvent({
        method: "POST",
        path: "/interviews",
        body: interviewInput({ country: "US", region: "CA" }),
      }),
    );
    const id = (res.json as { id: string }).id;

    // moving to Great Britain keeps California as the region, which GB has not: the region must go
    expect((await patch(id, { country: "GB" })).statusCode).toBe(400);
    const moved = await patch(id, { country: "GB", region: null });

    expect(moved.statusCode).toBe(200);
    const view = interviewViewSchema.parse(moved.json);
    expect(view.country).toBe("GB");
    expect(view).not.toHaveProperty("region");
  });

  it("answers 400 for an unknown field and for an empty patch", async () => {
    const id = await createdId();

    const unknown = await patch(id, { surprise: 1 });
    const empty = await patch(id, {});

    expect(errorOf(unknown).issues).toContainEqual({ field: "surprise", problem: "is not a known field" });
    expect(empty.statusCode).toBe(400);
    expect(errorOf(empty).issues).toEqual([{ field: "", problem: "must change at least one field" }]);
  });

  it("answers 404 for another owner's interview and a malformed id", async () => {
    const id = await createdId();

    expect((await patch(id, { notes: "x" }, "user-2")).statusCode).toBe(404);
    expect((await patch("abc", { notes: "x" })).statusCode).toBe(404);
    expect(ddb.commandCalls(PutCommand)).toHaveLength(0);
  });
});
