import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
  /** The configuration the in-process handlers read (the local stack sets every piece). */
  value(variable: string): string;
  close(): Promise<void>;
}

/**
 * The local stack on free ports in a temp dir, with no timers (no schedule fires, no reconciler runs on
 * its own): the bench alone decides what runs.
 */
export async function startBenchStack(): Promise<BenchStack> {
  const dataDir = mkdtempSync(join(tmpdir(), "followup-bench-stack-"));
  const stack = await startLocalStack({ ...ANY_PORTS, dataDir, pollIntervalMs: 0, reconcileIntervalMs: 0 });
  const value = (variable: string) => {
    const v = process.env[variable];
    if (v === undefined) throw new Error(`The local stack did not set ${variable}`);
    return v;
  };
  // Every piece's variables exist in the stack's environment (a piece it does not fill is optional).
  environmentFor(CONFIG_PIECE_NAMES, EVERY_VALUE);
  return {
    stack,
    value,
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
