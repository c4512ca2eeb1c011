import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANY_PORTS, type LocalStack, startLocalStack } from "../../../local/local-stack.js";
import { type SesEmulator, startSesEmulator } from "../../../local/start-ses-emulator.js";
import { interviewBody } from "../support/interview-body.js";

let stack: LocalStack;
let dataDir: string;
let token: string;
/** An SES that is not the stack's (as the crash scenario's, which outlives its kills). */
let outsideSes: SesEmulator;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "followup-threads-"));
  outsideSes = await startSesEmulator(0);
  stack = await startLocalStack({
    dataDir,
    ...ANY_PORTS,
    pollIntervalMs: 0,
    reconcileIntervalMs: 0,
    handlerThreads: 2,
    sesEndpoint: outsideSes.url,
  });
  token = await stack.jwt.sign("sam");
});
afterAll(async () => {
  await stack?.close();
  await outsideSes?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function api(method: string, path: string, body?: unknown) {
  const res = await fetch(`${stack.apiUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON answers and assert on them
  return { status: res.status, text, json: (text ? JSON.parse(text) : undefined) as Record<string, any> };
}

describe("the local stack with its handlers in worker threads", () => {
  it("registers, reads back, follows the clock and sends the chain through the threads, to the SES it is given", async () => {
    const first = await api("POST", "/interviews", interviewBody(stack.clock.now()));
    expect(first.status, first.text).toBe(201);
    expect((await api("GET", `/interviews/${first.json.id}`)).json.steps).toEqual(first.json.steps);
    expect((await stack.threadCpuMicros()).handlers).toHaveLength(2);

    // The threads run already: a clock moved now must reach them (a handler stamps the time it reads).
    const moved = await api("POST", "/_local/clock", { advance: "P60D" });
    expect(moved.status, moved.text).toBe(200);
    const second = await api("POST", "/interviews", interviewBody(stack.clock.now()));
    expect(second.status, second.text).toBe(201);
    expect(Date.parse(second.json.createdAt)).toBeGreaterThanOrEqual(Date.parse(moved.json.now));

    // Its steps fire on the Scheduler emulator, whose target (the sender) runs in a thread too.
    const played = await api("POST", "/_local/clock", { advance: "P90D" });
    expect(played.json.fired).toBeGreaterThan(0);
    const sent = (await api("GET", `/interviews/${second.json.id}`)).json.steps.filter(
      (s: { status: string }) => s.status === "sent",
    );
    expect(sent.length).toBeGreaterThan(0);
    // Every thread sent every email (both interviews' steps fell due) to the SES it was given, through the
    // stack's SES front (which publishes the Send events: stack.sesUrl is the front's, not that SES's).
    let sentInAll = 0;
    for (const id of [first.json.id, second.json.id])
      for (const step of (await api("GET", `/interviews/${id}`)).json.steps)
        if (step.status === "sent") sentInAll++;
    const stored = (await (await fetch(`${outsideSes.url}/store`)).json()) as { emails: unknown[] };
    expect(stored.emails).toHaveLength(sentInAll);
  }, 120_000);
});
