import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import nodemailer from "nodemailer";
import { ANY_PORTS, startLocalStack } from "../../local/local-stack.js";
import { benchInterview } from "../load/bench-interview.js";
import { type CountingProxy, type SeenCall, startCountingProxy } from "./counting-proxy.js";
import { DynamoWriteObserver } from "./dynamo-write-observer.js";
import type { AwsService } from "./name-aws-command.js";

type StepView = { id: string; kind: string; status: string; sendAt: string };
type StoredEmail = { replyTo: string[]; subject: string };

export interface Measured {
  k: number;
  register: SeenCall[];
  send: SeenCall[];
  reply: SeenCall[];
  /** Steps sent by the one clock move (steps due at the same minute fire together). */
  stepsFired: number;
  /** The schedules of the steps the reply cancelled, left to fire: what they cost when they do. */
  leftovers: SeenCall[];
  leftoversFired: number;
}

export async function measureCalls(): Promise<Measured> {
  const dataDir = mkdtempSync(join(os.tmpdir(), "followup-calls-"));
  const stack = await startLocalStack({
    dataDir,
    ...ANY_PORTS,
    pollIntervalMs: 0,
    reconcileIntervalMs: 0,
  });
  let calls: SeenCall[] = [];
  const proxies: CountingProxy[] = [];
  // Each DynamoDB write's item before and after it: what it costs depends on what it changed.
  const observer = new DynamoWriteObserver(stack.dynamoUrl);
  const proxy = async (env: string, service: AwsService, url: string) => {
    const p = await startCountingProxy(
      service,
      url,
      (c) => calls.push(c),
      service === "DynamoDB" ? observer : undefined,
    );
    proxies.push(p);
    process.env[env] = p.url;
  };
  // The handlers build their clients on first use, which has not happened yet: from now on they go through us.
  await proxy("AWS_ENDPOINT_URL_DYNAMODB", "DynamoDB", stack.dynamoUrl);
  await proxy("AWS_ENDPOINT_URL_SCHEDULER", "Scheduler", stack.schedulerUrl);
  await proxy("AWS_ENDPOINT_URL_SESV2", "SESv2", stack.sesUrl);
  await proxy("AWS_ENDPOINT_URL_S3", "S3", stack.s3Url);

  const api = async (method: string, path: string, body: unknown, token?: string) => {
    const res = await fetch(`${stack.apiUrl}${path}`, {
      method,
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    if (res.status >= 300) throw new Error(`${method} ${path} answered ${res.status}: ${text}`);
    return JSON.parse(text) as Record<string, unknown>;
  };
  const storedEmails = async () =>
    ((await (await fetch(`${stack.sesUrl}/store`)).json()) as { emails: StoredEmail[] }).emails;
  const take = () => {
    const taken = calls;
    calls = [];
    return taken;
  };

  try {
    const token = await stack.jwt.sign("calls-bench");
    // 1. Register one interview.
    const created = await api("POST", "/interviews", benchInterview(stack.clock.now(), 0), token);
    const register = take();
    const steps = created.steps as StepView[];

    // 2. Advance the clock just past the first step, so that one step is sent.
    const first = [...steps].sort((a, b) => Date.parse(a.sendAt) - Date.parse(b.sendAt))[0];
    if (!first) throw new Error("the interview was planned with no steps");
    const seconds = Math.ceil((Date.parse(first.sendAt) - stack.clock.now().getTime()) / 1000) + 60;
    await api("POST", "/_local/clock", { advance: `PT${seconds}S` });
    const send = take();
    const emails = await storedEmails();
    const sent = emails.find((e) => e.replyTo[0]);
    if (!sent?.replyTo[0])
      throw new Error("no email with a Reply-To was sent after the clock moved past the first step");

    // 3. The interviewer answers that email; the listener runs the inbound handler before it says 250.
    const transport = nodemailer.createTransport({
      host: "127.0.0.1",
      port: stack.smtpPort,
      secure: false,
      ignoreTLS: true,
    });
    await transport.sendMail({
      from: "Dana Ortiz <dana-0@corp.example>",
      to: sent.replyTo[0],
      subject: `Re: ${sent.subject}`,
      text: "Thanks Sam, it was great talking to you. We'll be in touch soon.",
    });
    const reply = take();

    // 4. The reply leaves its cancelled steps' schedules to fire: play the rest of the chain and count them.
    const pending = steps.filter((s) => Date.parse(s.sendAt) > stack.clock.now().getTime());
    await api("POST", "/_local/clock", { advance: "P120D" });
    const leftovers = take();
    return {
      k: steps.length,
      register,
      send,
      reply,
      stepsFired: emails.length,
      leftovers,
      leftoversFired: pending.length,
    };
  } finally {
    for (const p of proxies) await p.close();
    observer.close();
    await stack.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
