import { DeleteScheduleCommand, ResourceNotFoundException } from "@aws-sdk/client-scheduler";
import { DeleteCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { apiEvent, invoke } from "../../../support/api-event.js";
import { httpHandlerTestEnv } from "../../../support/http-handler-test-env.js";
import { interviewInput } from "../../../support/interview-input.js";

const testEnv = httpHandlerTestEnv();
const { ddb, scheduler } = testEnv;
const { handler } = await import("../../../../functions/http/delete-interview.js");
const create = (await import("../../../../functions/http/create-interview.js")).handler;

async function createdId(): Promise<string> {
  const res = await invoke(create, apiEvent({ method: "POST", path: "/interviews", body: interviewInput() }));
  scheduler.resetHistory();
  return (res.json as { id: string }).id;
}

const del = (id: string, sub: string | null = "user-1") =>
  invoke(handler, apiEvent({ method: "DELETE", path: `/interviews/${id}`, pathParameters: { id }, sub }));

describe("DELETE /interviews/{id}", () => {
  it("answers 204 with no body, erases the item and deletes its schedules", async () => {
    const id = await createdId();

    const res = await del(id);

    expect(res.statusCode).toBe(204);
    expect(res.text).toBeUndefined();
    expect(testEnv.table.items.size).toBe(0);
    expect(scheduler.commandCalls(DeleteScheduleCommand)).toHaveLength(5);
  });

  it("answers 204 even when some schedules have already fired and deleted themselves", async () => {
    const id = await createdId();
    scheduler.on(DeleteScheduleCommand).rejects(
      new ResourceNotFoundException({
        message: "Schedule not found",
        Message: "Schedule not found",
        $metadata: {},
      }),
    );

    expect((await del(id)).statusCode).toBe(204);
  });

  it("answers 400 naming a query parameter it does not take (?dryRun=true), and erases nothing", async () => {
    const id = await createdId();

    const res = await invoke(
      handler,
      apiEvent({
        method: "DELETE",
        path: `/interviews/${id}`,
        pathParameters: { id },
        query: { dryRun: "true" },
      }),
    );

    expect(res.statusCode).toBe(400);
    expect((res.json as { error: { issues: unknown } }).error.issues).toEqual([
      { field: "dryRun", problem: "is not a known field" },
    ]);
    expect(testEnv.table.items.size).toBe(1);
    expect(scheduler.calls()).toHaveLength(0);
  });

  it("answers 404 for another owner's interview and leaves it alone", async () => {
    const id = await createdId();

    const res = await del(id, "user-2");

    expect(res.statusCode).toBe(404);
    expect(testEnv.table.items.size).toBe(1);
    expect(ddb.commandCalls(DeleteCommand)).toHaveLength(0);
    expect(scheduler.calls()).toHaveLength(0);
  });
});
