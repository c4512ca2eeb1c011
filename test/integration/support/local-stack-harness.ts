import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  ANY_PORTS,
  type LocalStack,
  type LocalStackPorts,
  startLocalStack,
} from "../../../local/local-stack.js";

export interface SentEmail {
  messageId: string;
  from: string;
  replyTo: string[];
  destination: { to: string[]; cc: string[]; bcc: string[] };
  subject: string;
  body: { text?: string; html?: string };
  headers?: { name: string; value: string }[];
}

/** Starts the local stack on free ports in a temp dir; `restart()` brings it back on the same ports and data. */
export async function startHarness() {
  const dataDir = mkdtempSync(join(tmpdir(), "followup-it-"));
  // The first start takes ports the system picks (no window for another process to grab them); a restart
  // comes back on the same ones, since the handlers keep the endpoints they read on first use.
  const start = (ports: LocalStackPorts) =>
    startLocalStack({ dataDir, ...ports, pollIntervalMs: 0, reconcileIntervalMs: 0 });
  let stack: LocalStack = await start(ANY_PORTS);

  const harness = {
    get stack() {
      return stack;
    },
    dataDir,
    async token(subject: string) {
      return stack.jwt.sign(subject);
    },
    async api(
      method: string,
      path: string,
      options: { token?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {},
    ) {
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
      });
      const text = await res.text();
      let json: unknown;
      try {
        json = text ? JSON.parse(text) : undefined;
      } catch {
        json = undefined;
      }
      // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON answers and assert on them
      return { status: res.status, headers: res.headers, text, json: json as Record<string, any> };
    },
    async advance(duration: string) {
      return harness.api("POST", "/_local/clock", { body: { advance: duration } });
    },
    async sentEmails(): Promise<SentEmail[]> {
      const res = await fetch(`${stack.sesUrl}/store`);
      return ((await res.json()) as { emails: SentEmail[] }).emails;
    },
    async restart() {
      const { ports } = stack;
      await stack.close();
      stack = await start(ports);
    },
    async close() {
      await stack.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return harness;
}
