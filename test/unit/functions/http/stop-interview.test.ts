import { CreateScheduleCommand, DeleteScheduleCommand } from "@aws-sdk/client-scheduler";
import { describe, expect, it } from "vitest";
import { interviewViewSchema } from "../../../../shared/api/interview-view-schema.js";
import { apiEvent, errorOf, invoke } from "../../../support/api-event.js";
import { httpHandlerTestEnv } from "../../../support/http-handler-test-env.js";
import { interviewInput } from "../../../support/interview-input.js";

const { scheduler } = httpHandlerTestEnv();
const { handler } = await import("../../../../functions/http/stop-interview.js");
const create = (await import("../../../../functions/http/create-interview.js")).handler;

async function createdId(): Promise<string> {
  const res = await invoke(create, apiEvent({ method: "POST", path: "/interviews", body: interviewInput() }));
  scheduler.resetHistory();
  return (res.json as { id: string }).id;
}

const stop = (id: string, body: unknown, sub: string | null = "user-1") =>
  invoke(
    handler,
    apiEvent({ method: "POST", path: `/interviews/${id}/stop`, pathParameters: { id }, body, sub }),
  );

describe("POST /interviews/{id}/stop", () => {
  it("answers 200 with the stopped chain and deletes its pending schedules", async () => {
    const id = await createdId();

    const res = await stop(id, { reason: "offer" });

    expect(res.statusCode).toBe(200);
    const view = interviewViewSchema.parse(res.json);
    expect(view.status).toBe("stopped");
    expect(scheduler.commandCalls(DeleteScheduleCommand)).toHaveLength(view.steps.length);
  });

  it("answers 200 again for the same reason and 409 chain_not_active for another", async () => {
    const id = await createdId();
    await stop(id, { reason: "offer" });

    const again = await stop(id, { reason: "offer" });
    const other = await stop(id, { reason: "withdrawn" });

    expect(again.statusCode).toBe(200);
    expect(other.statusCode).toBe(409);
    expect(errorOf(other).code).toBe("chain_not_active");
    expect(other.headers["content-type"]).toMatch(/^application\/json/);
  });

  it("schedules the after-rejection steps on a rejection", async () => {
    const id = await createdId();

    const res = await stop(id, { reason: "rejected", note: "They went with an internal candidate." });

    const view = interviewViewSchema.parse(res.json);
    const courtesy = view.steps.filter((s) => s.phase === "after_rejection");
    expect(courtesy.map((s) => [s.kind, s.status])).toEqual([
      ["rejection_reply", "scheduled"],
      ["keep_in_touch", "scheduled"],
    ]);
    expect(scheduler.commandCalls(CreateScheduleCommand).map((c) => c.args[0].input.Name)).toEqual(
      courtesy.map((s) => s.scheduleName),
    );
  });

  it("answers 400 for an unknown reason and 404 for another owner", async () => {
    const id = await createdId();

    const bad = await stop(id, { reason: "ghosted" });
    const foreign = await stop(id, { reason: "offer" }, "user-2");

    expect(errorOf(bad).issues).toEqual([
      { field: "reason", problem: "must be offer, rejected, withdrawn or cancelled" },
    ]);
    expect(foreign.statusCode).toBe(404);
    expect(scheduler.calls()).toHaveLength(0);
  });
});
