import { randomBytes, randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import type { Context } from "aws-lambda";
import {
  LOCAL_INBOUND_BUCKET,
  LOCAL_INBOUND_PREFIX,
  LOCAL_REGION,
  LOCAL_REPLY_DOMAIN,
} from "../../local/local-names.js";
import { localReceiptEvent } from "../../local/local-receipt-event.js";
import { REPO_ROOT } from "../../local/repo-root.js";
import { toGatewayEvent } from "../../local/to-gateway-event.js";
import { stepDuePayload } from "../../shared/domain/step-due-payload.js";
import { ENTRIES, type Entry, type HttpEntry } from "../../shared/entries/entry-catalogue.js";
import { replyToken } from "../../shared/mail/reply-token.js";
import { manageToken } from "../../shared/security/manage-token.js";
import { unsubscribeToken } from "../../shared/security/unsubscribe-token.js";
import { interviewBody } from "../../test/integration/support/interview-body.js";
import { sesBounce, sesSnsEvent } from "../../test/support/ses-sns-event.js";
import type { BenchStack } from "./bench-stack.js";

interface StepView {
  id: string;
  kind: string;
  channel: string;
  sendAt: string;
}
interface Registered {
  id: string;
  user: string;
  token: string;
  steps: StepView[];
}

type EntryName = keyof typeof ENTRIES;

let users = 0;

/** The context a Lambda handler gets (the parts ours read). */
export function lambdaContext(entry: Entry): Context {
  const name = `followup-${entry.entry.replace(/^.*\/|\.ts$/g, "")}`;
  return {
    functionName: name,
    awsRequestId: randomUUID(),
    getRemainingTimeInMillis: () => 10_000,
  } as unknown as Context;
}

/**
 * Builds one representative event per run for a Lambda against the bench's local stack: API Gateway v2
 * events with a valid local JWT for the routes (each write on its own fresh interview), a step's schedule
 * payload for the sender (the stack's clock moved to when it is due), an SNS bounce for ses-events, and
 * a reply stored in the local S3 with its SES receipt event for inbound. Setup goes through the stack's own
 * API and handlers, before any timing.
 */
export class RepresentativeEvents {
  private reader: Registered | undefined;
  private calendarToken: string | undefined;

  constructor(private readonly bench: BenchStack) {}

  private get stack() {
    return this.bench.stack;
  }

  private async api(token: string | undefined, method: string, path: string, body?: unknown) {
    const res = await fetch(`${this.stack.apiUrl}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    if (res.status >= 400) throw new Error(`setup ${method} ${path} answered ${res.status}: ${text}`);
    return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  }

  /** A new user (quotas are per user and per day) with one interview. */
  private async register(overrides: Record<string, unknown> = {}): Promise<Registered> {
    users += 1;
    const user = `bench-${users}`;
    const token = await this.stack.jwt.sign(user);
    const created = await this.api(token, "POST", "/interviews", {
      ...interviewBody(this.stack.clock.now()),
      ...overrides,
    });
    return { id: String(created.id), user, token, steps: created.steps as StepView[] };
  }

  private async registerMany(count: number, overrides: Record<string, unknown> = {}) {
    const out: Registered[] = [];
    for (let i = 0; i < count; i++) out.push(await this.register(overrides));
    return out;
  }

  /** Moves the stack's clock (forward only, nothing fires) to just after the latest of these steps. */
  private moveClockPast(steps: StepView[]) {
    const latest = Math.max(...steps.map((s) => Date.parse(s.sendAt)));
    this.stack.clock.setNow(new Date(latest + 60_000));
  }

  private firstEmail(r: Registered): StepView {
    const step = r.steps.find((s) => s.channel === "email");
    if (!step) throw new Error(`interview ${r.id} plans no email`);
    return step;
  }

  private firstReminder(r: Registered): StepView {
    const step = r.steps.find((s) => s.channel === "reminder");
    if (!step) throw new Error(`interview ${r.id} plans no reminder`);
    return step;
  }

  /** An API Gateway v2 event for a route, as the local gateway builds it after checking the JWT. */
  private async http(
    entry: HttpEntry,
    options: {
      token?: string;
      params?: Record<string, string>;
      body?: string;
      contentType?: string;
      headers?: Record<string, string>;
    } = {},
  ) {
    const path = entry.path.replace(/\{(\w+)\}/g, (_, name: string) => options.params?.[name] ?? "");
    const headers: Record<string, string> = {
      host: new URL(this.stack.apiUrl).host,
      "user-agent": "followup-bench",
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.body !== undefined ? { "content-type": options.contentType ?? "application/json" } : {}),
      ...options.headers,
    };
    const req = {
      headers,
      method: entry.method,
      httpVersion: "1.1",
      socket: { remoteAddress: "127.0.0.1" },
    } as unknown as IncomingMessage;
    return toGatewayEvent({
      req,
      url: new URL(path, this.stack.apiUrl),
      body: Buffer.from(options.body ?? ""),
      routeKey: `${entry.method} ${entry.path}`,
      pathParameters: options.params ?? {},
      ...(options.token ? { claims: await this.stack.jwt.verify(options.token) } : {}),
    });
  }

  private async readerOf(): Promise<Registered> {
    this.reader ??= await this.register();
    return this.reader;
  }

  private get secret() {
    return this.bench.replyTokenSecret();
  }

  /** `count` events for `name`'s Lambda; unknown entries get a plain signed-in request or an empty event. */
  async prepare(name: string, entry: Entry, count: number): Promise<unknown[]> {
    const times = async <T>(make: (i: number) => Promise<T>) => {
      const out: T[] = [];
      for (let i = 0; i < count; i++) out.push(await make(i));
      return out;
    };
    if (entry.kind === "http") return this.prepareHttp(name as EntryName, entry, times);
    switch (name as EntryName) {
      case "sender": {
        const chains = await this.registerMany(count);
        const steps = chains.map((c) => this.firstEmail(c));
        this.moveClockPast(steps);
        return chains.map((c, i) => stepDuePayload(c.id, (steps[i] as StepView).id));
      }
      case "sesEvents":
        return times(async () => {
          const c = await this.register();
          const step = this.firstEmail(c);
          return sesSnsEvent(sesBounce(c.id, step.id, "dana@acme.example"));
        });
      case "inbound":
        return this.inboundEvents(count);
      default:
        return times(async () => ({}));
    }
  }

  private async prepareHttp(
    name: EntryName,
    entry: HttpEntry,
    times: <T>(make: (i: number) => Promise<T>) => Promise<T[]>,
  ): Promise<unknown[]> {
    const fresh = (make: (c: Registered) => Promise<unknown>) =>
      times(async () => make(await this.register()));
    const body = (value: unknown) => JSON.stringify(value);
    switch (name) {
      case "previewPlan":
      case "createInterview":
        return times(async () => {
          users += 1;
          const token = await this.stack.jwt.sign(`bench-${users}`);
          return this.http(entry, {
            token,
            body: body(interviewBody(this.stack.clock.now())),
            headers: name === "createInterview" ? { "idempotency-key": randomUUID() } : {},
          });
        });
      case "getInterview": {
        const r = await this.readerOf();
        return times(() => this.http(entry, { token: r.token, params: { id: r.id } }));
      }
      case "updateInterview":
        return fresh((c) =>
          this.http(entry, {
            token: c.token,
            params: { id: c.id },
            body: body({ decisionExpectedBy: decisionMovedOf(this.stack.clock.now()) }),
            headers: { "idempotency-key": randomUUID() },
          }),
        );
      case "stopInterview":
        return fresh((c) =>
          this.http(entry, {
            token: c.token,
            params: { id: c.id },
            body: body({ reason: "offer" }),
            headers: { "idempotency-key": randomUUID() },
          }),
        );
      case "snoozeInterview":
        return fresh((c) =>
          this.http(entry, {
            token: c.token,
            params: { id: c.id },
            body: body({ days: 2 }),
            headers: { "idempotency-key": randomUUID() },
          }),
        );
      case "deleteInterview":
        return fresh((c) => this.http(entry, { token: c.token, params: { id: c.id } }));
      case "issueCalendarFeed":
        return fresh((c) => this.http(entry, { token: c.token }));
      case "revokeCalendarFeed":
        return fresh(async (c) => {
          await this.api(c.token, "POST", "/calendar-token");
          return this.http(entry, { token: c.token });
        });
      case "calendarFeed": {
        const r = await this.readerOf();
        this.calendarToken ??= await this.feedToken(r);
        const token = this.calendarToken;
        return times(() => this.http(entry, { params: { token } }));
      }
      case "unsubscribePage":
      case "unsubscribe":
        return fresh((c) =>
          this.http(entry, {
            params: { token: unsubscribeToken(this.secret, c.id, this.firstEmail(c).id) },
            ...(name === "unsubscribe"
              ? { body: "List-Unsubscribe=One-Click", contentType: "application/x-www-form-urlencoded" }
              : {}),
          }),
        );
      case "managePage":
      case "manage":
        return fresh((c) =>
          this.http(entry, {
            params: { token: manageToken(this.secret, c.id, this.firstReminder(c).id) },
            ...(name === "manage"
              ? { body: "action=stop", contentType: "application/x-www-form-urlencoded" }
              : {}),
          }),
        );
      default: {
        // health, openapi, the owner's lists (list, usage, insights) and any route added later.
        const r = entry.caller === "jwt" ? await this.readerOf() : undefined;
        return times(() => this.http(entry, r ? { token: r.token } : {}));
      }
    }
  }

  /** The path segment of the reader's calendar feed (`<token>.ics`). */
  private async feedToken(r: Registered): Promise<string> {
    const issued = await this.api(r.token, "POST", "/calendar-token");
    const url = String(issued.url ?? "");
    const segment = url.split("/").at(-1);
    if (!segment) throw new Error(`no feed URL in ${JSON.stringify(issued)}`);
    return segment;
  }

  /**
   * Replies from the interviewer to a sent thank-you: the thank-you goes out through the sender's own
   * handler (in this process), the reply is stored in the local S3 as SES stores it, and the event is the
   * receipt rule's.
   */
  private async inboundEvents(count: number): Promise<unknown[]> {
    const chains = await this.registerMany(count);
    const steps = chains.map((c) => this.firstEmail(c));
    this.moveClockPast(steps);
    const sender = (await import(pathToFileURL(join(REPO_ROOT, ENTRIES.sender.entry)).href)).handler as (
      e: unknown,
      c: Context,
    ) => Promise<unknown>;
    const s3 = new S3Client({
      region: LOCAL_REGION,
      endpoint: this.stack.s3Url,
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    });
    try {
      const events: unknown[] = [];
      for (const [i, c] of chains.entries()) {
        const step = steps[i] as StepView;
        await sender(stepDuePayload(c.id, step.id), lambdaContext(ENTRIES.sender));
        const at = this.stack.clock.now();
        const messageId = randomBytes(16).toString("hex");
        const to = `${replyToken(this.secret, c.id, step.id)}@${LOCAL_REPLY_DOMAIN}`;
        const raw = [
          "From: Dana Ortiz <dana@acme.example>",
          `To: ${to}`,
          "Subject: Re: Thank you for the Staff Engineer interview",
          `Date: ${at.toUTCString()}`,
          `Message-ID: <${messageId}@acme.example>`,
          "MIME-Version: 1.0",
          "Content-Type: text/plain; charset=utf-8",
          "",
          "Thanks Sam, it was great talking to you. We will decide by the end of next week.",
          "",
          "On Tue, Sam Lee wrote:",
          "> Thank you for taking the time",
          "",
        ].join("\r\n");
        await s3.send(
          new PutObjectCommand({
            Bucket: LOCAL_INBOUND_BUCKET,
            Key: `${LOCAL_INBOUND_PREFIX}${messageId}`,
            Body: raw,
          }),
        );
        events.push(localReceiptEvent(messageId, at, { spf: "PASS", dkim: "PASS", dmarc: "PASS" }));
      }
      return events;
    } finally {
      s3.destroy();
    }
  }
}

/** A decision date three weeks after `now`, as PATCH takes it. */
function decisionMovedOf(now: Date): string {
  return new Date(now.getTime() + 21 * 86_400_000).toISOString().slice(0, 10);
}
