import { DeleteScheduleCommand, ResourceNotFoundException, SchedulerClient } from "@aws-sdk/client-scheduler";
import { DeleteCommand, DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { apiEvent, invoke } from "../../../support/api-event.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { setHandlerEnv } from "../../../support/handler-env.js";
import { interviewInput } from "../../../support/interview-input.js";
import { MockDynamoTable } from "../../../support/mock-dynamo-table.js";

setHandlerEnv();
const ddb = mockClient(DynamoDBDocumentClient);
const scheduler = mockClient(SchedulerClient);
const { handler } = await import("../../../../functions/http/delete-interview.js");
const create = (await import("../../../../functions/http/create-interview.js")).handler;

useFixedSystemTime();

let table: MockDynamoTable;
beforeEach(() => {
  ddb.reset();
  scheduler.reset();
  table = new MockDynamoTable(ddb);
  vi.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

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
    expect(table.items.size).toBe(0);
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

  it("answers 404 for another owner's interview and leaves it alone", async () => {
    const id = await createdId();

    const res = await del(id, "user-2");

    expect(res.statusCode).toBe(404);
    expect(table.items.size).toBe(1);
    expect(ddb.commandCalls(DeleteCommand)).toHaveLength(0);
    expect(scheduler.calls()).toHaveLength(0);
  });
});
