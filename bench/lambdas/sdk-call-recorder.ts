import * as dynamodb from "@aws-sdk/client-dynamodb";
import * as s3 from "@aws-sdk/client-s3";
import * as scheduler from "@aws-sdk/client-scheduler";
import * as secretsManager from "@aws-sdk/client-secrets-manager";
import * as sesv2 from "@aws-sdk/client-sesv2";
import * as libDynamodb from "@aws-sdk/lib-dynamodb";
import { CachedDocumentClient } from "../../functions/clients/cached-document-client.js";
import type { RecordedCall } from "./baseline-source.js";
import type { SdkClient } from "./sdk-clients-in.js";
import { toTaggedJson } from "./to-tagged-json.js";

const PACKAGES: Record<SdkClient, Record<string, unknown>> = {
  "client-dynamodb": dynamodb,
  "lib-dynamodb": libDynamodb,
  "client-scheduler": scheduler,
  "client-sesv2": sesv2,
  "client-s3": s3,
  "client-secrets-manager": secretsManager,
};

type Send = (this: unknown, command: { input?: unknown }, ...rest: unknown[]) => Promise<unknown>;

function packageOf(command: object): SdkClient | undefined {
  const type = command.constructor;
  for (const [name, exports] of Object.entries(PACKAGES)) {
    if (exports[type.name] === type) return name as SdkClient;
  }
  return undefined;
}

/**
 * Records every AWS SDK call made in this process while recording: the SDK's clients all send through one
 * base class, whose `send` is wrapped, and so does the service's CachedDocumentClient, whose lib-dynamodb
 * commands are recorded as such (the bare command it sends for one is not recorded again: the baseline
 * replays the document command through the same client, marshalling included). Calls started while
 * another was in flight share its wave.
 */
export class SdkCallRecorder {
  private calls: RecordedCall[] | undefined;
  private inFlight = 0;
  private wave = 0;
  private readonly restores: Array<() => void> = [];
  /** The bare commands CachedDocumentClient sends for a document command already recorded. */
  private readonly sentForDocument = new WeakSet<object>();

  constructor() {
    const clientClasses = [
      CachedDocumentClient,
      dynamodb.DynamoDBClient,
      libDynamodb.DynamoDBDocumentClient,
      scheduler.SchedulerClient,
      sesv2.SESv2Client,
      s3.S3Client,
      secretsManager.SecretsManagerClient,
    ];
    const patched = new Set<object>();
    for (const type of clientClasses) {
      let proto: object | null = type.prototype;
      while (proto && !Object.hasOwn(proto, "send")) proto = Object.getPrototypeOf(proto);
      if (!proto || patched.has(proto)) continue;
      patched.add(proto);
      const owner = proto as { send: Send };
      const original = owner.send;
      const recorder = this;
      owner.send = function (this: unknown, command, ...rest) {
        return recorder.around(command, () => original.call(this, command, ...rest));
      };
      this.restores.push(() => {
        owner.send = original;
      });
    }
  }

  private async around(command: { input?: unknown }, send: () => Promise<unknown>): Promise<unknown> {
    const calls = this.calls;
    const client = calls && !this.sentForDocument.has(command) ? packageOf(command) : undefined;
    if (!calls || !client) return send();
    const bare = (command as { clientCommand?: object }).clientCommand;
    if (client === "lib-dynamodb" && bare) this.sentForDocument.add(bare);
    if (this.inFlight === 0) this.wave += 1;
    calls.push({
      client,
      command: command.constructor.name,
      input: toTaggedJson(command.input),
      wave: this.wave,
    });
    this.inFlight += 1;
    try {
      return await send();
    } finally {
      this.inFlight -= 1;
    }
  }

  /** Records the calls `run` makes. */
  async record(run: () => Promise<unknown>): Promise<{ calls: RecordedCall[]; result: unknown }> {
    this.calls = [];
    this.inFlight = 0;
    try {
      const result = await run();
      return { calls: this.calls, result };
    } finally {
      this.calls = undefined;
    }
  }

  /** Puts the SDK back as it was. */
  restore(): void {
    for (const restore of this.restores) restore();
  }
}
