import { CreateScheduleCommand } from "@aws-sdk/client-scheduler";
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { HttpResponse } from "@smithy/core/transport";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const env = {
  AWS_REGION: "us-east-1",
  AWS_ACCESS_KEY_ID: "test",
  AWS_SECRET_ACCESS_KEY: "test",
  AWS_ENDPOINT_URL: "http://127.0.0.1:9",
};

/** A transport that answers every request with `body` and keeps each request's path and body. */
function stubTransport(body: string, contentType: string) {
  const sent: string[] = [];
  return {
    sent,
    handler: {
      async handle(request: { path?: string; body?: unknown }) {
        sent.push(`${request.path} ${String(request.body)}`);
        const response = new HttpResponse({
          statusCode: 200,
          headers: { "content-type": contentType },
          body: Buffer.from(body),
        });
        return { response };
      },
      updateHttpClientConfig() {},
      httpHandlerConfigs: () => ({}),
    },
  };
}

// Each test builds the clients afresh: they are memoised per module.
async function clients() {
  vi.resetModules();
  const scheduler = await import("../../../../functions/clients/scheduler-client.js");
  const ses = await import("../../../../functions/clients/ses-client.js");
  const s3 = await import("../../../../functions/clients/s3-client.js");
  const secrets = await import("../../../../functions/clients/secrets-manager-client.js");
  const dynamo = await import("../../../../functions/clients/dynamo-document-client.js");
  return {
    dynamo: dynamo.dynamoDocumentClient(),
    scheduler: scheduler.schedulerClient(),
    ses: ses.sesClient(),
    s3: s3.s3Client(),
    secrets: secrets.secretsManagerClient(),
  };
}

describe("middleware resolved once per command class", () => {
  beforeEach(() => {
    for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("is on for the DynamoDB, Scheduler, SES, S3 and Secrets Manager clients", async () => {
    const c = await clients();
    for (const client of [c.dynamo, c.scheduler, c.ses, c.s3, c.secrets]) {
      expect((client.config as { cacheMiddleware?: boolean }).cacheMiddleware).toBe(true);
    }
  });

  it("still sends each command's own input (Scheduler, cached)", async () => {
    const { scheduler } = await clients();
    const transport = stubTransport('{"ScheduleArn":"arn:aws:scheduler:x"}', "application/json");
    Object.assign(scheduler.config, { requestHandler: transport.handler });
    for (const name of ["first", "second"]) {
      await scheduler.send(
        new CreateScheduleCommand({
          Name: name,
          ScheduleExpression: "at(2026-12-01T10:00:00)",
          FlexibleTimeWindow: { Mode: "OFF" },
          Target: { Arn: "arn:aws:lambda:us-east-1:1:function:f", RoleArn: "arn:aws:iam::1:role/r" },
        }),
      );
    }
    expect(transport.sent.map((r) => r.split(" ")[0])).toEqual(["/schedules/first", "/schedules/second"]);
  });

  it("still sends each command's own input and reads its own output (DynamoDB, cached)", async () => {
    const { dynamo } = await clients();
    const transport = stubTransport(
      '{"Item":{"pk":{"S":"i#1"},"n":{"N":"2"}}}',
      "application/x-amz-json-1.0",
    );
    Object.assign(dynamo.config, { requestHandler: transport.handler });
    const outputs = [];
    for (const pk of ["i#1", "i#2"])
      outputs.push(await dynamo.send(new GetCommand({ TableName: "t", Key: { pk } })));
    expect(transport.sent.map((r) => JSON.parse(r.slice(r.indexOf(" ") + 1)).Key)).toEqual([
      { pk: { S: "i#1" } },
      { pk: { S: "i#2" } },
    ]);
    expect(outputs.map((o) => o.Item)).toEqual([
      { pk: "i#1", n: 2 },
      { pk: "i#1", n: 2 },
    ]);
  });
});
