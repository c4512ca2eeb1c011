import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ANY_PORTS, type LocalStack, startLocalStack } from "../../../local/local-stack.js";
import { type SesRecorder, startSesRecorder } from "./ses-recorder.js";
import { startTcpProxy, type TcpProxy } from "./tcp-proxy.js";
import { widenSocketPools } from "./widen-socket-pools.js";

// biome-ignore lint/suspicious/noExplicitAny: scenarios read arbitrary JSON answers and check them
export type Json = Record<string, any>;

export interface ApiAnswer {
  status: number;
  headers: Headers;
  text: string;
  json: Json | undefined;
  /** `Date.now()` when the answer had been read: the moment what it reports was committed, at the latest. */
  at: number;
}

export interface EmulatorEmail {
  messageId: string;
  replyTo: string[];
  destination: { to: string[]; cc: string[] };
  subject: string;
  at: number;
}

export interface ReliabilityStack {
  stack: LocalStack;
  dataDir: string;
  ses: SesRecorder;
  /** What the handlers reach instead of each emulator: loopback proxies that can be switched to hang. */
  proxies: { dynamodb: TcpProxy; scheduler: TcpProxy; ses: TcpProxy };
  replySecret: string;
  token(subject: string): Promise<string>;
  api(
    method: string,
    path: string,
    options?: {
      token?: string;
      body?: unknown;
      raw?: string;
      headers?: Record<string, string>;
      timeoutMs?: number;
    },
  ): Promise<ApiAnswer>;
  /** Every email in the SES emulator's store. */
  storedEmails(): Promise<EmulatorEmail[]>;
  close(): Promise<void>;
}

/**
 * The local stack in this process, on free ports in a temp dir, with no background timers (scenarios drive
 * the clock and the fires), and with the handlers' DynamoDB, Scheduler and SES endpoints pointed at
 * loopback proxies: the SES one also records when each email arrived.
 */
export async function startReliabilityStack(): Promise<ReliabilityStack> {
  const dataDir = mkdtempSync(join(tmpdir(), "followup-reliability-"));
  const stack = await startLocalStack({
    dataDir,
    ...ANY_PORTS,
    pollIntervalMs: 0,
    reconcileIntervalMs: 0,
  });
  const ses = await startSesRecorder(stack.sesUrl);
  const proxies = {
    dynamodb: await startTcpProxy(stack.dynamoUrl),
    scheduler: await startTcpProxy(stack.schedulerUrl),
    ses: await startTcpProxy(ses.url),
  };
  // Handlers build their clients on first use, which has not happened yet: from now on they go through us.
  process.env.AWS_ENDPOINT_URL_DYNAMODB = proxies.dynamodb.url;
  process.env.AWS_ENDPOINT_URL_SCHEDULER = proxies.scheduler.url;
  process.env.AWS_ENDPOINT_URL_SESV2 = proxies.ses.url;
  // This process stands in for many Lambdas at once: its handlers' clients get a socket per request.
  widenSocketPools();
  const replySecret = readFileSync(join(dataDir, "reply-token.secret"), "utf8").trim();

  return {
    stack,
    dataDir,
    ses,
    proxies,
    replySecret,
    token: (subject) => stack.jwt.sign(subject),
    async api(method, path, options = {}) {
      const headers: Record<string, string> = { ...options.headers };
      if (options.token) headers.authorization = `Bearer ${options.token}`;
      let body: string | undefined = options.raw;
      if (options.body !== undefined) {
        body = JSON.stringify(options.body);
        headers["content-type"] ??= "application/json";
      }
      const res = await fetch(`${stack.apiUrl}${path}`, {
        method,
        headers,
        ...(body !== undefined ? { body } : {}),
        ...(options.timeoutMs ? { signal: AbortSignal.timeout(options.timeoutMs) } : {}),
      });
      const text = await res.text();
      const at = Date.now();
      let json: Json | undefined;
      try {
        json = text ? (JSON.parse(text) as Json) : undefined;
      } catch {
        json = undefined;
      }
      return { status: res.status, headers: res.headers, text, json, at };
    },
    async storedEmails() {
      const res = await fetch(`${stack.sesUrl}/store`);
      return ((await res.json()) as { emails: EmulatorEmail[] }).emails;
    },
    async close() {
      for (const p of Object.values(proxies)) await p.close();
      await ses.close();
      await stack.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
