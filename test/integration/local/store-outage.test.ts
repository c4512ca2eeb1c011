import { ListSchedulesCommand, SchedulerClient } from "@aws-sdk/client-scheduler";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DeadEndpoint, deadEndpoint } from "../support/dead-endpoint.js";
import { interviewBody } from "../support/interview-body.js";
import { startHarness } from "../support/local-stack-harness.js";

let h: Awaited<ReturnType<typeof startHarness>>;
let down: DeadEndpoint;

beforeAll(async () => {
  h = await startHarness();
  // Handlers build their clients on first use: from now on DynamoDB is unreachable for them.
  down = await deadEndpoint();
  process.env.AWS_ENDPOINT_URL_DYNAMODB = down.url;
});
afterAll(async () => {
  await h?.close();
  await down?.close();
});

describe("when DynamoDB is down", () => {
  it("answers 503 JSON and creates no schedule", async () => {
    const token = await h.token("sam");
    const res = await h.api("POST", "/interviews", { token, body: interviewBody(h.stack.clock.now()) });
    expect(res.status).toBe(503);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("retry-after")).toBe("5");
    expect(res.json.error.code).toBe("service_unavailable");
    expect(res.text).not.toMatch(/ECONNREFUSED|at .*\.ts/);

    const list = await h.api("GET", "/interviews", { token });
    expect(list.status).toBe(503);

    const client = new SchedulerClient({
      region: "us-east-1",
      endpoint: h.stack.schedulerUrl,
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    });
    const schedules = await client.send(new ListSchedulesCommand({ GroupName: "followups" }));
    expect(schedules.Schedules ?? []).toHaveLength(0);
    client.destroy();
  });
});
