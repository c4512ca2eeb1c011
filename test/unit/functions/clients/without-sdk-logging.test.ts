import { describe, expect, it } from "vitest";
import { dynamoDocumentClient } from "../../../../functions/clients/dynamo-document-client.js";
import { s3Client } from "../../../../functions/clients/s3-client.js";
import { schedulerClient } from "../../../../functions/clients/scheduler-client.js";
import { secretsManagerClient } from "../../../../functions/clients/secrets-manager-client.js";
import { sesClient } from "../../../../functions/clients/ses-client.js";

const stackOf = (client: { middlewareStack: { identify(): string[] } }) => client.middlewareStack.identify();

describe("the clients functions/clients builds", () => {
  it.each([
    ["DynamoDB (document)", dynamoDocumentClient],
    ["Scheduler", schedulerClient],
    ["SES", sesClient],
    ["S3", s3Client],
    ["Secrets Manager", secretsManagerClient],
  ])("%s: run no SDK logger middleware, and keep the rest of the SDK's stack", (_, make) => {
    const stack = stackOf(make());
    expect(stack.some((m) => m.startsWith("loggerMiddleware"))).toBe(false);
    expect(stack.some((m) => m.startsWith("retryMiddleware"))).toBe(true);
  });
});
