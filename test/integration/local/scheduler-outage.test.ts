import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { SchedulerClient } from "@aws-sdk/client-scheduler";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consoleLogger } from "../../../shared/adapters/console-logger.js";
import { DynamoInterviewStore } from "../../../shared/adapters/dynamo-interview-store.js";
import { EventBridgeScheduleGateway } from "../../../shared/adapters/eventbridge-schedule-gateway.js";
import { systemRealtime } from "../../../shared/adapters/system-realtime.js";
import { reconcileSchedules } from "../../../shared/use-cases/reconcile-schedules.js";
import { type DeadEndpoint, deadEndpoint } from "../support/dead-endpoint.js";
import { interviewBody } from "../support/interview-body.js";
import { startHarness } from "../support/local-stack-harness.js";

let h: Awaited<ReturnType<typeof startHarness>>;
let down: DeadEndpoint;

beforeAll(async () => {
  h = await startHarness();
  // Handlers build their clients on first use: from now on the scheduler is unreachable for them.
  down = await deadEndpoint();
  process.env.AWS_ENDPOINT_URL_SCHEDULER = down.url;
});
afterAll(async () => {
  await h?.close();
  await down?.close();
});

describe("when the scheduler is down", () => {
  it("still stores the chain, leaves its steps unscheduled, and the reconciler schedules them later", async () => {
    const token = await h.token("sam");
    const res = await h.api("POST", "/interviews", { token, body: interviewBody(h.stack.clock.now()) });
    expect(res.status).toBe(201);
    expect(res.json.steps.map((s: { status: string }) => s.status)).toEqual(
      res.json.steps.map(() => "unscheduled"),
    );

    // The scheduler is back: the periodic reconciler, with working clients, creates the schedules.
    const credentials = { accessKeyId: "local", secretAccessKey: "local" };
    const documentClient = DynamoDBDocumentClient.from(
      new DynamoDBClient({ region: "us-east-1", endpoint: h.stack.dynamoUrl, credentials }),
      { marshallOptions: { removeUndefinedValues: true } },
    );
    const deps = {
      store: new DynamoInterviewStore(documentClient, "followups"),
      schedules: new EventBridgeScheduleGateway(
        new SchedulerClient({ region: "us-east-1", endpoint: h.stack.schedulerUrl, credentials }),
        {
          scheduleGroupName: "followups",
          senderFunctionArn: "arn:aws:lambda:us-east-1:000000000000:function:followup-sender",
          schedulerRoleArn: "arn:aws:iam::000000000000:role/followup-scheduler",
        },
      ),
      clock: h.stack.clock,
      log: consoleLogger(),
      realtime: systemRealtime,
    };
    const report = await reconcileSchedules(deps);
    expect(report).toEqual({ interviews: 1, scheduled: res.json.steps.length, skipped: 0, swept: 0 });

    const after = await h.api("GET", `/interviews/${res.json.id}`, { token });
    expect(after.json.steps.map((s: { status: string }) => s.status)).toEqual(
      res.json.steps.map(() => "scheduled"),
    );
    expect(await reconcileSchedules(deps)).toEqual({ interviews: 0, scheduled: 0, skipped: 0, swept: 0 });

    // And the chain plays as usual.
    await h.advance("P45D");
    const played = await h.api("GET", `/interviews/${res.json.id}`, { token });
    expect(played.json.status).toBe("completed");
  });
});
