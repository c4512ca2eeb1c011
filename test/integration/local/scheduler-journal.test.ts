import { readFileSync, writeFileSync } from "node:fs";
import { appendFile, copyFile, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import {
  CreateScheduleCommand,
  DeleteScheduleCommand,
  GetScheduleCommand,
  ListSchedulesCommand,
  ResourceNotFoundException,
  SchedulerClient,
  UpdateScheduleCommand,
} from "@aws-sdk/client-scheduler";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SchedulerApi } from "../../../local/scheduler/scheduler-api.js";
import {
  type SchedulerEmulator,
  type SchedulerEmulatorOptions,
  startSchedulerEmulator,
} from "../../../local/scheduler/scheduler-emulator.js";
import { SchedulerStore } from "../../../local/scheduler/scheduler-store.js";
import { seededRandom } from "../../support/seeded-random.js";

const TARGET = "arn:aws:lambda:us-east-1:000000000000:function:sender";
const ROLE = "arn:aws:iam::000000000000:role/scheduler";
const START = new Date("2026-03-01T12:00:00Z");

const dirs: string[] = [];
const running: Array<{ emulator: SchedulerEmulator; client: SchedulerClient }> = [];
let clock: { t: Date; now(): Date };
let invoked: string[];

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "scheduler-journal-"));
  dirs.push(dir);
  return dir;
}

async function start(dataDir: string, extra: Partial<SchedulerEmulatorOptions> = {}) {
  const emulator = await startSchedulerEmulator({
    dataDir,
    clock,
    port: 0,
    pollIntervalMs: 0,
    retryDelayMs: () => 0,
    invoke: async (_arn, input) => {
      invoked.push((JSON.parse(input) as { name: string }).name);
    },
    ...extra,
  });
  const client = new SchedulerClient({
    endpoint: emulator.url,
    region: "us-east-1",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  const handle = { emulator, client };
  running.push(handle);
  return handle;
}

async function stop(handle: { emulator: SchedulerEmulator; client: SchedulerClient }): Promise<void> {
  running.splice(running.indexOf(handle), 1);
  handle.client.destroy();
  await handle.emulator.close();
}

const create = (name: string, expression = "at(2026-03-02T09:00:00)") =>
  new CreateScheduleCommand({
    Name: name,
    ScheduleExpression: expression,
    FlexibleTimeWindow: { Mode: "OFF" },
    Target: { Arn: TARGET, RoleArn: ROLE, Input: JSON.stringify({ name }) },
    ActionAfterCompletion: "DELETE",
  });

/** What a process killed right now leaves on disk: the snapshot and the journal as they are. */
async function crashCopy(from: string): Promise<string> {
  const to = await tempDir();
  for (const file of ["scheduler.json", "scheduler.journal"]) {
    await copyFile(path.join(from, file), path.join(to, file));
  }
  return to;
}

async function names(client: SchedulerClient): Promise<string[]> {
  const out: string[] = [];
  let NextToken: string | undefined;
  do {
    const page = await client.send(new ListSchedulesCommand({ NextToken }));
    out.push(...(page.Schedules ?? []).map((s) => s.Name ?? ""));
    NextToken = page.NextToken;
  } while (NextToken);
  return out;
}

const size = async (file: string) => (await stat(file)).size;

beforeEach(() => {
  clock = {
    t: START,
    now() {
      return this.t;
    },
  };
  invoked = [];
});

afterEach(async () => {
  for (const handle of [...running]) await stop(handle);
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe("scheduler emulator journal", () => {
  it("writes one journal line per change, the same size with 5 or 400 schedules, and leaves the snapshot alone", async () => {
    const dir = await tempDir();
    const { client } = await start(dir);
    const journal = path.join(dir, "scheduler.journal");
    const snapshot = path.join(dir, "scheduler.json");

    for (let i = 0; i < 5; i++) await client.send(create(`early-${String(i).padStart(4, "0")}`));
    const snapshotBefore = await readFile(snapshot, "utf8");
    const before = await size(journal);
    await client.send(create("probe-a-0001"));
    const costWithFew = (await size(journal)) - before;

    for (let i = 0; i < 400; i++) await client.send(create(`later-${String(i).padStart(4, "0")}`));
    const beforeMany = await size(journal);
    await client.send(create("probe-b-0001"));
    const costWithMany = (await size(journal)) - beforeMany;

    expect(costWithFew).toBeGreaterThan(0);
    // Only the sequence number may grow (from 1 digit to 3); a whole-state rewrite would cost ~400 lines.
    expect(costWithMany).toBeGreaterThanOrEqual(costWithFew);
    expect(costWithMany).toBeLessThanOrEqual(costWithFew + 2);
    expect(await readFile(snapshot, "utf8")).toBe(snapshotBefore);
    const lines = (await readFile(journal, "utf8")).trimEnd().split("\n");
    // The default group, then each create.
    expect(lines).toHaveLength(1 + 5 + 1 + 400 + 1);
    expect(JSON.parse(lines.at(-1) ?? "")).toMatchObject({
      op: "putSchedule",
      schedule: { name: "probe-b-0001" },
    });
  });

  it("recovers every acknowledged change after a crash, and ignores a torn last line", async () => {
    const dir = await tempDir();
    const { client } = await start(dir);
    for (const name of ["keep-1", "keep-2", "gone", "moved"]) await client.send(create(name));
    await client.send(new DeleteScheduleCommand({ Name: "gone" }));
    await client.send(
      new UpdateScheduleCommand({
        Name: "moved",
        ScheduleExpression: "at(2026-03-04T09:00:00)",
        FlexibleTimeWindow: { Mode: "OFF" },
        Target: { Arn: TARGET, RoleArn: ROLE, Input: '{"name":"moved"}' },
      }),
    );

    const crashed = await crashCopy(dir);
    // The process died in the middle of writing the next line.
    await appendFile(
      path.join(crashed, "scheduler.journal"),
      '{"seq":999,"op":"putSchedule","schedule":{"na',
    );
    const recovered = await start(crashed);
    expect(await names(recovered.client)).toEqual(["keep-1", "keep-2", "moved"]);
    const moved = await recovered.client.send(new GetScheduleCommand({ Name: "moved" }));
    expect(moved.ScheduleExpression).toBe("at(2026-03-04T09:00:00)");
    expect(moved.ActionAfterCompletion).toBe("NONE");
    // Start-up folded the journal into the snapshot: the torn line is gone, new lines start clean.
    expect(await size(path.join(crashed, "scheduler.journal"))).toBe(0);
    await recovered.client.send(create("after-restart"));
    const again = await start(await crashCopy(crashed));
    expect(await names(again.client)).toEqual(["after-restart", "keep-1", "keep-2", "moved"]);

    clock.t = new Date("2026-03-03T00:00:00Z");
    expect(await again.emulator.fireDue()).toBe(3);
    expect(invoked).toEqual(["after-restart", "keep-1", "keep-2"]);
  });

  it("refuses to start on a damaged line before the last one, naming the file and line", async () => {
    const dir = await tempDir();
    const { client } = await start(dir);
    await client.send(create("one"));
    await client.send(create("two"));
    const crashed = await crashCopy(dir);
    const journal = path.join(crashed, "scheduler.journal");
    const lines = (await readFile(journal, "utf8")).split("\n");
    lines[0] = "{ not json";
    await writeFile(journal, lines.join("\n"));
    await expect(start(crashed)).rejects.toThrow(/scheduler\.journal line 1 is not a valid journal entry/);
  });

  it("compacts once the journal outgrows its bound, and loses nothing across the compactions", async () => {
    const dir = await tempDir();
    const { client } = await start(dir, { compactAtBytes: 4096 });
    const journal = path.join(dir, "scheduler.journal");
    const snapshot = path.join(dir, "scheduler.json");
    let largest = 0;
    let compactions = 0;
    let previous = 0;
    for (let i = 0; i < 60; i++) {
      await client.send(create(`s-${String(i).padStart(3, "0")}`));
      if (i % 3 === 0)
        await client.send(new DeleteScheduleCommand({ Name: `s-${String(i).padStart(3, "0")}` }));
      const now = await size(journal);
      if (now < previous) compactions++;
      previous = now;
      largest = Math.max(largest, now);
    }
    expect(compactions).toBeGreaterThan(0);
    // Never much past the bound or the snapshot, whichever is larger (one line may tip it over).
    expect(largest).toBeLessThan(Math.max(4096, await size(snapshot)) + 2048);

    const expected = Array.from({ length: 60 }, (_, i) => `s-${String(i).padStart(3, "0")}`).filter(
      (_, i) => i % 3 !== 0,
    );
    const recovered = await start(await crashCopy(dir));
    expect(await names(recovered.client)).toEqual(expected);
  });

  it("skips journal lines the snapshot already holds (a crash between writing the snapshot and emptying the journal)", async () => {
    const dir = await tempDir();
    const handle = await start(dir, {
      invoke: async () => {
        throw new Error("down");
      },
    });
    await handle.client.send(
      new CreateScheduleCommand({
        Name: "doomed",
        ScheduleExpression: "at(2026-03-01T12:00:00)",
        FlexibleTimeWindow: { Mode: "OFF" },
        Target: { Arn: TARGET, RoleArn: ROLE, RetryPolicy: { MaximumRetryAttempts: 0 } },
        ActionAfterCompletion: "DELETE",
      }),
    );
    expect(await handle.emulator.fireDue()).toBe(1);
    const journalText = await readFile(path.join(dir, "scheduler.journal"), "utf8");
    expect(journalText).toContain('"op":"deadLetter"');
    await stop(handle);

    // The new snapshot holds everything; put the old journal back as if it had not been emptied yet.
    await writeFile(path.join(dir, "scheduler.journal"), journalText);
    const state = JSON.parse(await readFile(path.join(dir, "scheduler.json"), "utf8")) as {
      journalSeq: number;
    };
    expect(state.journalSeq).toBe(journalText.trimEnd().split("\n").length);
    const restarted = await start(dir);
    expect(restarted.emulator.deadLetters()).toHaveLength(1);
    expect(
      await restarted.client.send(new GetScheduleCommand({ Name: "doomed" })).catch((e: unknown) => e),
    ).toBeInstanceOf(ResourceNotFoundException);
  });

  it("reads a state file written before journals existed, and keeps its schedules firing", async () => {
    const dir = await tempDir();
    const schedule = (name: string, nextDueAt: string) => ({
      name,
      groupName: "default",
      arn: `arn:aws:scheduler:us-east-1:000000000000:schedule/default/${name}`,
      expression: "at(2026-03-02T09:00:00)",
      state: "ENABLED",
      actionAfterCompletion: "DELETE",
      flexibleTimeWindow: { Mode: "OFF" },
      target: { Arn: TARGET, RoleArn: ROLE, Input: JSON.stringify({ name }) },
      creationDate: "2026-03-01T10:00:00.000Z",
      lastModificationDate: "2026-03-01T10:00:00.000Z",
      nextDueAt,
    });
    const legacy = {
      version: 1,
      groups: [
        {
          name: "default",
          arn: "arn:aws:scheduler:us-east-1:000000000000:schedule-group/default",
          creationDate: "2026-03-01T10:00:00.000Z",
          lastModificationDate: "2026-03-01T10:00:00.000Z",
          tags: [],
        },
      ],
      schedules: [
        schedule("old-1", "2026-03-02T09:00:00.000Z"),
        schedule("old-2", "2026-03-02T09:00:00.000Z"),
      ],
      deadLetters: [],
    };
    // The previous emulator's format: the whole state, pretty-printed, no journal beside it.
    await writeFile(path.join(dir, "scheduler.json"), `${JSON.stringify(legacy, null, 2)}\n`);
    const { client, emulator } = await start(dir);
    expect(await names(client)).toEqual(["old-1", "old-2"]);
    const migrated = JSON.parse(await readFile(path.join(dir, "scheduler.json"), "utf8")) as {
      journalSeq: number;
      schedules: unknown[];
    };
    expect(migrated.journalSeq).toBe(0);
    expect(migrated.schedules).toHaveLength(2);
    clock.t = new Date("2026-03-02T09:00:00Z");
    expect(await emulator.fireDue()).toBe(2);
    expect(invoked).toEqual(["old-1", "old-2"]);
  });

  it("after a crash at any byte of the journal, holds exactly the changes whose line was complete", async () => {
    const dir = await tempDir();
    const store = SchedulerStore.open(dir);
    const api = new SchedulerApi({
      store,
      clock,
      region: "us-east-1",
      accountId: "000000000000",
      log: () => {},
    });
    const body = (name: string, expression: string) => ({
      ScheduleExpression: expression,
      FlexibleTimeWindow: { Mode: "OFF" },
      Target: { Arn: TARGET, RoleArn: ROLE, Input: JSON.stringify({ name }) },
    });
    const random = seededRandom(7);
    // After each change: how long the journal was and which schedules existed.
    const history: Array<{ bytes: number; names: string }> = [{ bytes: 0, names: "" }];
    const names = () => [...store.schedules.keys()].sort().join(",");
    for (let i = 0; i < 24; i++) {
      const name = `s-${random.int(0, 7)}`;
      const exists = store.schedules.has(`default/${name}`);
      const pick = random.int(0, 2);
      if (!exists) api.createSchedule(name, body(name, `at(2026-03-0${random.int(2, 9)}T09:00:00)`));
      else if (pick === 0) api.deleteSchedule(name, undefined);
      else api.updateSchedule(name, body(name, "rate(1 hour)"));
      history.push({ bytes: store.journalBytes, names: names() });
    }
    const snapshot = readFileSync(path.join(dir, "scheduler.json"));
    const journal = readFileSync(path.join(dir, "scheduler.journal"));
    store.close();
    expect(journal.length).toBe(history.at(-1)?.bytes);

    const cuts = new Set<number>([0, journal.length]);
    for (const { bytes } of history)
      for (const d of [-1, 0, 1]) cuts.add(Math.min(journal.length, Math.max(0, bytes + d)));
    for (let i = 0; i < 60; i++) cuts.add(random.int(0, journal.length));
    for (const cut of cuts) {
      const crashed = await tempDir();
      writeFileSync(path.join(crashed, "scheduler.json"), snapshot);
      writeFileSync(path.join(crashed, "scheduler.journal"), journal.subarray(0, cut));
      const reopened = SchedulerStore.open(crashed);
      const expected = history.filter((h) => h.bytes <= cut).at(-1)?.names;
      expect([...reopened.schedules.keys()].sort().join(","), `cut at byte ${cut}`).toBe(expected);
      reopened.close();
    }
  });
});
