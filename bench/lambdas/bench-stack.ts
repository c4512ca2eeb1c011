import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DeleteItemCommand, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { LOCAL_REGION, LOCAL_TABLE } from "../../local/local-names.js";
import { ANY_PORTS, type LocalStack, startLocalStack } from "../../local/local-stack.js";
import { CONFIG_PIECE_NAMES } from "../../shared/config/config-pieces.js";
import { environmentFor } from "../../shared/config/environment-for.js";
import type { Entry } from "../../shared/entries/entry-catalogue.js";

/** Every value a deployment can give, to learn the variable names of an entry's configuration pieces. */
const EVERY_VALUE = {
  tableName: "t",
  scheduleGroupName: "g",
  senderFunctionArn: "arn:aws:lambda:us-east-1:000000000000:function:s",
  schedulerRoleArn: "arn:aws:iam::000000000000:role/r",
  senderDeadLetterQueueArn: "arn:aws:sqs:us-east-1:000000000000:q",
  mailFromAddress: "f@example.com",
  replyDomain: "reply.example.com",
  sesConfigurationSet: "c",
  sesMessageIdDomain: "example.com",
  replyTokenSecret: "s".repeat(32),
  inboundMailBucket: "b",
  inboundMailPrefix: "p/",
  publicApiUrl: "https://example.com",
};

/** The SDK's own settings: region, credentials and the emulators' endpoints. */
const SDK_VARIABLE = /^AWS_(REGION|ACCESS_KEY_ID|SECRET_ACCESS_KEY|ENDPOINT_URL_[A-Z0-9_]+|SDK_JS_[A-Z_]+)$/;

export interface BenchStack {
  stack: LocalStack;
  /** The environment a fresh process running `entry` gets: its configuration pieces, as the stack set them, and the SDK's endpoints. */
  lambdaEnvironment(entry: Entry): Record<string, string>;
  /** The token HMAC key the local stack gave its handlers (the reply, unsubscribe and manage tokens). */
  replyTokenSecret(): string;
  close(): Promise<void>;
}

/**
 * The local DynamoDB front learns the table's key names with a DescribeTable of its own on the first write
 * (local/dynamo/table-key-names.ts), through the same SDK the bench records: done during a Lambda's event,
 * that call was counted as the Lambda's and replayed by its baseline. One write that changes nothing, and
 * a moment for the lookup to land, before anything is recorded.
 */
async function warmDynamoFront(): Promise<void> {
  const client = new DynamoDBClient({ region: LOCAL_REGION });
  try {
    const warm = () =>
      client.send(
        new DeleteItemCommand({
          TableName: LOCAL_TABLE,
          Key: { pk: { S: "BENCH#warm" }, sk: { S: "warm" } },
        }),
      );
    await warm();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await warm();
  } finally {
    client.destroy();
  }
}

/**
 * The local stack on free ports in a temp dir, with no timers (no schedule fires, no reconciler runs on
 * its own): the bench alone decides what runs.
 */
export async function startBenchStack(): Promise<BenchStack> {
  const dataDir = mkdtempSync(join(tmpdir(), "followup-bench-stack-"));
  const stack = await startLocalStack({ ...ANY_PORTS, dataDir, pollIntervalMs: 0, reconcileIntervalMs: 0 });
  await warmDynamoFront();
  // The variable is named by shared/config, asked by meaning: the bench writes no variable name.
  const [secretVariable] = Object.keys(environmentFor(["replyToken"], { replyTokenSecret: "x".repeat(32) }));
  // Fails here, naming the variable, if a piece gained a required one that EVERY_VALUE does not fill.
  environmentFor(CONFIG_PIECE_NAMES, EVERY_VALUE);
  return {
    stack,
    replyTokenSecret() {
      const secret = secretVariable ? process.env[secretVariable] : undefined;
      if (!secret) throw new Error("The local stack gave its handlers no reply-token secret");
      return secret;
    },
    lambdaEnvironment(entry) {
      const env: Record<string, string> = { PATH: process.env.PATH ?? "" };
      for (const [name, v] of Object.entries(process.env)) {
        if (v !== undefined && SDK_VARIABLE.test(name)) env[name] = v;
      }
      for (const name of Object.keys(environmentFor(entry.config, EVERY_VALUE))) {
        const v = process.env[name];
        if (v !== undefined) env[name] = v;
      }
      return env;
    },
    async close() {
      await stack.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
