import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { ListSchedulesCommand, SchedulerClient } from "@aws-sdk/client-scheduler";
import { DynamoDBDocumentClient, GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { idempotencyItemKey } from "../../../shared/adapters/dynamo-idempotency-store.js";
import { interviewBody } from "../support/interview-body.js";
import { startHarness } from "../support/local-stack-harness.js";

type Harness = Awaited<ReturnType<typeof startHarness>>;
let h: Harness;
let sam: string;
let table: DynamoDBDocumentClient;
let scheduler: SchedulerClient;

const credentials = { accessKeyId: "local", secretAccessKey: "local" };

beforeAll(async () => {
  h = await startHarness();
  sam = await h.token("sam");
  table = DynamoDBDocumentClient.from(
    new DynamoDBClient({ region: "us-east-1", endpoint: h.stack.dynamoUrl, credentials }),
  );
  scheduler = new SchedulerClient({ region: "us-east-1", endpoint: h.stack.schedulerUrl, credentials });
});
afterAll(async () => {
  table?.destroy();
  scheduler?.destroy();
  await h?.close();
});

const create = (key: string, body: unknown) =>
  h.api("POST", "/interviews", { token: sam, body, headers: { "idempotency-key": key } });

async function interviewsOfSam(): Promise<{ id: string; company: string }[]> {
  const res = await h.api("GET", "/interviews?limit=100", { token: sam });
  expect(res.status).toBe(200);
  return res.json.items;
}

async function scheduleNamesOf(interviewId: string): Promise<string[]> {
  const out = await scheduler.send(
    new ListSchedulesCommand({ GroupName: "followups", NamePrefix: `fu-${interviewId}-`, MaxResults: 100 }),
  );
  return (out.Schedules ?? []).map((s) => s.Name ?? "").sort();
}

/** Puts the key's record back as a function that died right after its write would have left it. */
async function forgetAnswer(key: string, state: "in_progress" | "failed", startedAgoMs: number) {
  const startedAt = new Date(h.stack.clock.now().getTime() - startedAgoMs);
  await table.send(
    new UpdateCommand({
      TableName: "followups",
      Key: idempotencyItemKey("sam", key),
      UpdateExpression: "SET #state = :state, startedAt = :startedAt REMOVE #response",
      ExpressionAttributeNames: { "#state": "state", "#response": "response" },
      ExpressionAttributeValues: { ":state": state, ":startedAt": startedAt.toISOString() },
    }),
  );
}

describe("Idempotency-Key on the local stack", () => {
  it("answers the same key twice with one interview and the same answer", async () => {
    const body = interviewBody(h.stack.clock.now(), { company: "Twice Inc" });
    const first = await create("create-twice", body);
    const retry = await create("create-twice", body);

    expect(first.status, first.text).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.text).toBe(first.text);
    expect(retry.headers.get("location")).toBe(first.headers.get("location"));
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect((await interviewsOfSam()).filter((i) => i.company === "Twice Inc")).toHaveLength(1);
    // The key is kept with the table's TTL attribute, a day ahead.
    const item = await table.send(
      new GetCommand({ TableName: "followups", Key: idempotencyItemKey("sam", "create-twice") }),
    );
    expect(item.Item?.expiresAt).toBeGreaterThan(Date.now() / 1000 + 23 * 3600);
  });

  it("answers 422 for the same key with another body, and creates nothing", async () => {
    const body = interviewBody(h.stack.clock.now(), { company: "Reuse Ltd" });
    expect((await create("create-reuse", body)).status).toBe(201);
    const other = await create("create-reuse", { ...body, round: "final" });

    expect(other.status).toBe(422);
    expect(other.json.error.code).toBe("idempotency_key_reused");
    expect((await interviewsOfSam()).filter((i) => i.company === "Reuse Ltd")).toHaveLength(1);
  });

  it("answers 400 naming the header for a malformed key", async () => {
    const res = await create("x".repeat(256), interviewBody(h.stack.clock.now(), { company: "Bad Key" }));
    expect(res.status).toBe(400);
    expect(res.json.error.issues[0].field).toBe("Idempotency-Key");
    expect((await interviewsOfSam()).filter((i) => i.company === "Bad Key")).toHaveLength(0);
  });

  it("after a create whose answer was lost, answers 409 while it may still run, then the same interview with one chain", async () => {
    const body = interviewBody(h.stack.clock.now(), { company: "Lost Answer Co" });
    const lost = await create("create-lost", body);
    expect(lost.status).toBe(201);
    const id: string = lost.json.id;
    const names = await scheduleNamesOf(id);
    expect(names).toHaveLength(lost.json.steps.length);

    // The function wrote the interview and its schedules, then died before recording (or sending) its answer.
    await forgetAnswer("create-lost", "in_progress", 5_000);
    const early = await create("create-lost", body);
    expect(early.status).toBe(409);
    expect(early.json.error.code).toBe("idempotency_in_progress");
    expect(Number(early.headers.get("retry-after"))).toBeGreaterThan(0);

    await forgetAnswer("create-lost", "in_progress", 60_000);
    const retry = await create("create-lost", body);
    expect(retry.status, retry.text).toBe(201);
    expect(retry.json.id).toBe(id);
    expect(retry.json.steps.map((s: { id: string }) => s.id)).toEqual(
      lost.json.steps.map((s: { id: string }) => s.id),
    );
    expect((await interviewsOfSam()).filter((i) => i.company === "Lost Answer Co")).toHaveLength(1);
    expect(await scheduleNamesOf(id)).toEqual(names);

    // An attempt that answered 503 while its write still landed: the retry runs at once, same interview.
    await forgetAnswer("create-lost", "failed", 1_000);
    const afterOutage = await create("create-lost", body);
    expect(afterOutage.status).toBe(201);
    expect(afterOutage.json.id).toBe(id);
    expect((await interviewsOfSam()).filter((i) => i.company === "Lost Answer Co")).toHaveLength(1);

    // One chain: the interviewer gets one thank-you, not one per attempt.
    expect((await h.advance("P6D")).status).toBe(200);
    // Its Reply-To address names the interview: r-<interview>-<step>-<signature>@.
    const thanks = (await h.sentEmails()).filter(
      (m) =>
        m.destination.to.some((to) => to.includes("dana@acme.example")) &&
        m.replyTo.some((r) => r.toLowerCase().startsWith(`r-${id.toLowerCase()}-`)),
    );
    expect(thanks).toHaveLength(1);
  });

  it("applies a PATCH with a key once, however often it is retried", async () => {
    const created = await create(
      "create-to-patch",
      interviewBody(h.stack.clock.now(), { company: "Patch Co" }),
    );
    const id: string = created.json.id;
    const patch = () =>
      h.api("PATCH", `/interviews/${id}`, {
        token: sam,
        body: { notes: "They liked the caching answer." },
        headers: { "idempotency-key": "patch-1" },
      });
    const first = await patch();
    const eventsAfterFirst = (await h.api("GET", `/interviews/${id}`, { token: sam })).json.events.length;
    const retry = await patch();

    expect(first.status, first.text).toBe(200);
    expect(retry.text).toBe(first.text);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect((await h.api("GET", `/interviews/${id}`, { token: sam })).json.events).toHaveLength(
      eventsAfterFirst,
    );
  });

  it("makes a stop with a key answer the same on retry", async () => {
    const created = await create(
      "create-to-stop",
      interviewBody(h.stack.clock.now(), { company: "Stop Co" }),
    );
    const id: string = created.json.id;
    const stop = () =>
      h.api("POST", `/interviews/${id}/stop`, {
        token: sam,
        body: { reason: "offer" },
        headers: { "idempotency-key": "stop-1" },
      });
    const first = await stop();
    const retry = await stop();
    expect(first.status, first.text).toBe(200);
    expect(retry.status).toBe(200);
    expect(retry.text).toBe(first.text);
  });

  it("makes a signed-in snooze with a key answer the same on retry; a new key within minutes moves nothing", async () => {
    const created = await create(
      "create-to-snooze",
      interviewBody(h.stack.clock.now(), { company: "Snooze Co" }),
    );
    const id: string = created.json.id;
    const snooze = (key: string) =>
      h.api("POST", `/interviews/${id}/snooze`, {
        token: sam,
        body: { days: 3 },
        headers: { "idempotency-key": key },
      });
    const first = await snooze("snooze-1");
    const retry = await snooze("snooze-1");
    const other = await snooze("snooze-2");
    expect(first.status, first.text).toBe(200);
    expect(first.json).toMatchObject({ status: "snoozed", repeated: false });
    expect(first.json.stepsMoved).toBeGreaterThan(0);
    expect(retry.text).toBe(first.text);
    expect(other.status).toBe(200);
    expect(other.json).toMatchObject({ repeated: true, stepsMoved: 0 });
    const foreign = await h.api("POST", `/interviews/${id}/snooze`, { token: await h.token("alex") });
    expect(foreign.status).toBe(404);
  });
});
