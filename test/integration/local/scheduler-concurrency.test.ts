import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { setImmediate as turn } from "node:timers/promises";
import { CreateScheduleCommand, SchedulerClient } from "@aws-sdk/client-scheduler";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  type SchedulerEmulator,
  type SchedulerEmulatorOptions,
  startSchedulerEmulator,
} from "../../../local/scheduler/scheduler-emulator.js";

const TARGET = "arn:aws:lambda:us-east-1:000000000000:function:sender";
const ROLE = "arn:aws:iam::000000000000:role/scheduler";

let dataDir: string;
let clock: { t: Date; now(): Date };
let emulator: SchedulerEmulator;
let client: SchedulerClient;
/** Targets running now, each waiting for its release. */
let waiting: Array<() => void>;
let started: Array<{ name: string; at: string }>;
let active: number;
let maxActive: number;

async function start(extra: Partial<SchedulerEmulatorOptions> = {}): Promise<void> {
  emulator = await startSchedulerEmulator({
    dataDir,
    clock,
    port: 0,
    pollIntervalMs: 0,
    retryDelayMs: () => 0,
    invoke: async (_arn, input) => {
      started.push({ name: (JSON.parse(input) as { name: string }).name, at: clock.now().toISOString() });
      active++;
      maxActive = Math.max(maxActive, active);
      await new Promise<void>((release) => waiting.push(release));
      active--;
    },
    ...extra,
  });
  client = new SchedulerClient({
    endpoint: emulator.url,
    region: "us-east-1",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
}

const create = (name: string, at: string) =>
  client.send(
    new CreateScheduleCommand({
      Name: name,
      ScheduleExpression: `at(${at})`,
      FlexibleTimeWindow: { Mode: "OFF" },
      Target: { Arn: TARGET, RoleArn: ROLE, Input: JSON.stringify({ name }) },
      ActionAfterCompletion: "DELETE",
    }),
  );

/** Lets every pending callback run, so a firing that could start has started. */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await turn();
}

/** Releases the targets running now, once they are exactly `expected` of them. */
async function releaseBatch(expected: number): Promise<void> {
  await vi.waitFor(() => expect(waiting).toHaveLength(expected));
  await settle();
  expect(waiting).toHaveLength(expected);
  for (const release of waiting.splice(0)) release();
}

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "scheduler-concurrency-"));
  clock = {
    t: new Date("2026-03-01T12:00:00Z"),
    now() {
      return this.t;
    },
  };
  waiting = [];
  started = [];
  active = 0;
  maxActive = 0;
});

afterEach(async () => {
  for (const release of waiting.splice(0)) release();
  await emulator.close();
  client.destroy();
  await rm(dataDir, { recursive: true, force: true });
});

describe("scheduler emulator concurrency", () => {
  it("runs at most fireConcurrency targets at once, starting them in due order, and fires every one", async () => {
    await start({ fireConcurrency: 3 });
    const names = Array.from({ length: 10 }, (_, i) => `s-${i}`);
    // Created in reverse so that due order, not creation order, decides.
    for (const [i, name] of [...names.entries()].reverse()) await create(name, `2026-03-01T13:0${i}:00`);
    clock.t = new Date("2026-03-01T14:00:00Z");

    const done = emulator.fireDue();
    await releaseBatch(3);
    await releaseBatch(3);
    await releaseBatch(3);
    await releaseBatch(1);
    expect(await done).toBe(10);
    expect(maxActive).toBe(3);
    expect(started.map((s) => s.name)).toEqual(names);
    expect(await emulator.fireDue()).toBe(0);
  });

  it("runs 16 targets at once by default", async () => {
    await start();
    for (let i = 0; i < 20; i++) await create(`d-${String(i).padStart(2, "0")}`, "2026-03-01T13:00:00");
    clock.t = new Date("2026-03-01T13:00:00Z");
    const done = emulator.fireDue();
    await releaseBatch(16);
    await releaseBatch(4);
    expect(await done).toBe(20);
    expect(maxActive).toBe(16);
  });

  it("advanceTo fires one at a time, in order, even schedules due at the same instant", async () => {
    await start();
    await create("a-1", "2026-03-02T09:00:00");
    await create("a-2", "2026-03-02T09:00:00");
    await create("b-1", "2026-03-02T10:00:00");
    const done = emulator.advanceTo(new Date("2026-03-03T00:00:00Z"), (t) => {
      clock.t = t;
    });
    await releaseBatch(1);
    await releaseBatch(1);
    await releaseBatch(1);
    expect(await done).toBe(3);
    expect(started).toEqual([
      { name: "a-1", at: "2026-03-02T09:00:00.000Z" },
      { name: "a-2", at: "2026-03-02T09:00:00.000Z" },
      { name: "b-1", at: "2026-03-02T10:00:00.000Z" },
    ]);
    expect(maxActive).toBe(1);
  });

  it("refuses a fire concurrency that is not a positive integer", async () => {
    await start();
    for (const bad of [0, -1, 1.5, Number.NaN]) {
      await expect(
        startSchedulerEmulator({ dataDir, clock, port: 0, invoke: async () => {}, fireConcurrency: bad }),
      ).rejects.toThrow(/fireConcurrency must be a positive integer/);
    }
  });
});
