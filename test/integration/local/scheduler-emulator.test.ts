import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import {
  ConflictException,
  CreateScheduleCommand,
  type CreateScheduleCommandInput,
  CreateScheduleGroupCommand,
  DeleteScheduleCommand,
  DeleteScheduleGroupCommand,
  GetScheduleCommand,
  GetScheduleGroupCommand,
  ListScheduleGroupsCommand,
  ListSchedulesCommand,
  paginateListSchedules,
  ResourceNotFoundException,
  SchedulerClient,
  UpdateScheduleCommand,
  ValidationException,
} from "@aws-sdk/client-scheduler";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  type SchedulerEmulator,
  type SchedulerEmulatorOptions,
  startSchedulerEmulator,
} from "../../../local/scheduler/scheduler-emulator.js";

const TARGET = "arn:aws:lambda:us-east-1:000000000000:function:sender";
const ROLE = "arn:aws:iam::000000000000:role/scheduler";
const DLQ = "arn:aws:sqs:us-east-1:000000000000:sender-dlq";
const START = new Date("2026-03-01T12:00:00Z");

interface TestClock {
  t: Date;
  now(): Date;
}

let dataDir: string;
let clock: TestClock;
let invocations: Array<{ arn: string; input: string; at: string }>;
let behaviour: (input: string) => Promise<void>;
let emulator: SchedulerEmulator;
let client: SchedulerClient;
let logLines: string[];

async function start(extra: Partial<SchedulerEmulatorOptions> = {}): Promise<void> {
  emulator = await startSchedulerEmulator({
    dataDir,
    clock,
    port: 0,
    pollIntervalMs: 0,
    retryDelayMs: () => 0,
    log: (line) => logLines.push(line),
    invoke: async (arn, input) => {
      invocations.push({ arn, input, at: clock.now().toISOString() });
      await behaviour(input);
    },
    ...extra,
  });
  client?.destroy();
  client = new SchedulerClient({
    endpoint: emulator.url,
    region: "us-east-1",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
}

function schedule(
  name: string,
  expression: string,
  extra: Partial<CreateScheduleCommandInput> = {},
): CreateScheduleCommand {
  return new CreateScheduleCommand({
    Name: name,
    ScheduleExpression: expression,
    FlexibleTimeWindow: { Mode: "OFF" },
    Target: { Arn: TARGET, RoleArn: ROLE, Input: JSON.stringify({ name }) },
    ActionAfterCompletion: "DELETE",
    ...extra,
  });
}

const inputs = () => invocations.map((i) => (JSON.parse(i.input) as { name: string }).name);
const setNow = (t: Date) => {
  clock.t = t;
};

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error("expected a rejection");
}

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "scheduler-emulator-"));
  clock = {
    t: START,
    now() {
      return this.t;
    },
  };
  invocations = [];
  logLines = [];
  behaviour = async () => {};
  await start();
});

afterEach(async () => {
  await emulator.close();
  client.destroy();
  await rm(dataDir, { recursive: true, force: true });
});

describe("scheduler emulator API", () => {
  it("round-trips create, get, update, list and delete through the real client", async () => {
    const created = await client.send(
      schedule("fu-1", "at(2026-03-08T09:30:00)", {
        ScheduleExpressionTimezone: "America/New_York",
        Description: "thank-you note",
        ActionAfterCompletion: "DELETE",
        Target: {
          Arn: TARGET,
          RoleArn: ROLE,
          Input: '{"step":"s1"}',
          RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 3600 },
          DeadLetterConfig: { Arn: DLQ },
        },
      }),
    );
    expect(created.ScheduleArn).toBe("arn:aws:scheduler:us-east-1:000000000000:schedule/default/fu-1");

    const got = await client.send(new GetScheduleCommand({ Name: "fu-1" }));
    expect(got).toMatchObject({
      Arn: created.ScheduleArn,
      Name: "fu-1",
      GroupName: "default",
      ScheduleExpression: "at(2026-03-08T09:30:00)",
      ScheduleExpressionTimezone: "America/New_York",
      Description: "thank-you note",
      State: "ENABLED",
      ActionAfterCompletion: "DELETE",
      FlexibleTimeWindow: { Mode: "OFF" },
      Target: {
        Arn: TARGET,
        RoleArn: ROLE,
        Input: '{"step":"s1"}',
        RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 3600 },
        DeadLetterConfig: { Arn: DLQ },
      },
    });
    expect(got.CreationDate).toBeInstanceOf(Date);
    expect(got.CreationDate?.toISOString()).toBe(START.toISOString());
    expect(got.LastModificationDate).toBeInstanceOf(Date);

    clock.t = new Date("2026-03-01T13:00:00Z");
    await client.send(
      new UpdateScheduleCommand({
        Name: "fu-1",
        ScheduleExpression: "at(2026-03-09T10:00:00)",
        FlexibleTimeWindow: { Mode: "FLEXIBLE", MaximumWindowInMinutes: 15 },
        Target: { Arn: TARGET, RoleArn: ROLE },
        State: "DISABLED",
        StartDate: new Date("2026-03-02T00:00:00Z"),
      }),
    );
    const updated = await client.send(new GetScheduleCommand({ Name: "fu-1", GroupName: "default" }));
    expect(updated).toMatchObject({
      ScheduleExpression: "at(2026-03-09T10:00:00)",
      ScheduleExpressionTimezone: "UTC",
      State: "DISABLED",
      ActionAfterCompletion: "NONE",
      FlexibleTimeWindow: { Mode: "FLEXIBLE", MaximumWindowInMinutes: 15 },
      // Update replaces the definition; the retry policy is back to AWS's defaults.
      Target: { RetryPolicy: { MaximumRetryAttempts: 185, MaximumEventAgeInSeconds: 86400 } },
    });
    expect(updated.Description).toBeUndefined();
    expect(updated.StartDate).toEqual(new Date("2026-03-02T00:00:00Z"));
    expect(updated.CreationDate).toEqual(START);
    expect(updated.LastModificationDate).toEqual(new Date("2026-03-01T13:00:00Z"));

    for (const name of ["fu-2", "fu-3", "other-1", "fu-4"]) {
      await client.send(schedule(name, "at(2026-04-01T00:00:00)"));
    }
    const names: string[] = [];
    for await (const page of paginateListSchedules({ client, pageSize: 2 }, { NamePrefix: "fu-" })) {
      expect(page.Schedules?.length).toBeLessThanOrEqual(2);
      for (const s of page.Schedules ?? []) names.push(s.Name ?? "");
    }
    expect(names).toEqual(["fu-1", "fu-2", "fu-3", "fu-4"]);
    const disabled = await client.send(new ListSchedulesCommand({ State: "DISABLED", GroupName: "default" }));
    expect(disabled.Schedules?.map((s) => s.Name)).toEqual(["fu-1"]);
    expect(disabled.Schedules?.[0]?.CreationDate).toBeInstanceOf(Date);
    expect(disabled.Schedules?.[0]?.Target?.Arn).toBe(TARGET);

    await client.send(new DeleteScheduleCommand({ Name: "fu-1" }));
    expect(await caught(client.send(new GetScheduleCommand({ Name: "fu-1" })))).toBeInstanceOf(
      ResourceNotFoundException,
    );
  });

  it("answers typed errors the client turns into its exception classes", async () => {
    const missing = await caught(client.send(new GetScheduleCommand({ Name: "nope" })));
    expect(missing).toBeInstanceOf(ResourceNotFoundException);
    expect((missing as ResourceNotFoundException).$metadata.httpStatusCode).toBe(404);
    expect(await caught(client.send(new DeleteScheduleCommand({ Name: "nope" })))).toBeInstanceOf(
      ResourceNotFoundException,
    );
    expect(
      await caught(
        client.send(schedule("in-missing-group", "at(2026-04-01T00:00:00)", { GroupName: "ghost" })),
      ),
    ).toBeInstanceOf(ResourceNotFoundException);
    expect(
      await caught(
        client.send(new UpdateScheduleCommand({ ...schedule("nope", "at(2026-04-01T00:00:00)").input })),
      ),
    ).toBeInstanceOf(ResourceNotFoundException);

    await client.send(schedule("dup", "at(2026-04-01T00:00:00)"));
    const conflict = await caught(client.send(schedule("dup", "at(2026-04-01T00:00:00)")));
    expect(conflict).toBeInstanceOf(ConflictException);
    expect((conflict as ConflictException).message).toContain("dup");

    for (const bad of [
      "at(2026-13-01T00:00:00)",
      "at(2026-04-01 00:00:00)",
      "rate(5 minute)",
      "rate(0 hours)",
      "daily",
    ]) {
      const err = await caught(client.send(schedule("bad-expr", bad)));
      expect(err, bad).toBeInstanceOf(ValidationException);
    }
    const badZone = await caught(
      client.send(
        schedule("bad-zone", "at(2026-04-01T00:00:00)", { ScheduleExpressionTimezone: "Mars/Olympus" }),
      ),
    );
    expect(badZone).toBeInstanceOf(ValidationException);
    expect(await caught(client.send(schedule("bad name!", "at(2026-04-01T00:00:00)")))).toBeInstanceOf(
      ValidationException,
    );
    expect(await caught(client.send(schedule("x".repeat(65), "at(2026-04-01T00:00:00)")))).toBeInstanceOf(
      ValidationException,
    );
    const noRole = new CreateScheduleCommand({
      Name: "no-role",
      ScheduleExpression: "at(2026-04-01T00:00:00)",
      FlexibleTimeWindow: { Mode: "OFF" },
      Target: { Arn: TARGET } as { Arn: string; RoleArn: string },
    });
    expect(await caught(client.send(noRole))).toBeInstanceOf(ValidationException);
    const flexibleWithoutWindow = schedule("flex", "at(2026-04-01T00:00:00)", {
      FlexibleTimeWindow: { Mode: "FLEXIBLE" },
    });
    expect(await caught(client.send(flexibleWithoutWindow))).toBeInstanceOf(ValidationException);

    // Garbage from a non-SDK caller gets a typed error and leaves the server answering.
    for (const body of ["{not json", "[]", JSON.stringify({ ScheduleExpression: 42 })]) {
      const res = await fetch(`${emulator.url}/schedules/raw`, { method: "POST", body });
      expect(res.status).toBe(400);
      expect(res.headers.get("x-amzn-errortype")).toBe("ValidationException");
      expect(((await res.json()) as { Message: string }).Message).toEqual(expect.any(String));
    }
    const unknown = await fetch(`${emulator.url}/tags/whatever`);
    expect(unknown.status).toBe(404);
    expect((await client.send(new ListSchedulesCommand({}))).Schedules?.map((s) => s.Name)).toEqual(["dup"]);
  });

  it("treats a repeated ClientToken as the same request and a new one as a conflict", async () => {
    const first = await client.send(schedule("idem", "at(2026-04-01T00:00:00)", { ClientToken: "token-1" }));
    const again = await client.send(schedule("idem", "at(2026-04-01T00:00:00)", { ClientToken: "token-1" }));
    expect(again.ScheduleArn).toBe(first.ScheduleArn);
    expect(
      await caught(client.send(schedule("idem", "at(2026-04-01T00:00:00)", { ClientToken: "token-2" }))),
    ).toBeInstanceOf(ConflictException);
    expect((await client.send(new ListSchedulesCommand({}))).Schedules).toHaveLength(1);
  });

  it("manages schedule groups, with a default group that cannot be deleted", async () => {
    const { ScheduleGroupArn } = await client.send(new CreateScheduleGroupCommand({ Name: "followups" }));
    expect(ScheduleGroupArn).toBe("arn:aws:scheduler:us-east-1:000000000000:schedule-group/followups");
    expect(await caught(client.send(new CreateScheduleGroupCommand({ Name: "followups" })))).toBeInstanceOf(
      ConflictException,
    );
    const group = await client.send(new GetScheduleGroupCommand({ Name: "followups" }));
    expect(group).toMatchObject({ Name: "followups", State: "ACTIVE", Arn: ScheduleGroupArn });
    expect(group.CreationDate).toBeInstanceOf(Date);
    const groups = await client.send(new ListScheduleGroupsCommand({}));
    expect(groups.ScheduleGroups?.map((g) => g.Name)).toEqual(["default", "followups"]);

    await client.send(schedule("in-group", "at(2026-04-01T00:00:00)", { GroupName: "followups" }));
    await client.send(schedule("in-group", "at(2026-04-01T00:00:00)"));
    const inGroup = await client.send(new ListSchedulesCommand({ GroupName: "followups" }));
    expect(inGroup.Schedules?.map((s) => `${s.GroupName}/${s.Name}`)).toEqual(["followups/in-group"]);
    expect(
      await caught(client.send(new GetScheduleCommand({ Name: "in-group", GroupName: "ghost" }))),
    ).toBeInstanceOf(ResourceNotFoundException);

    await client.send(new DeleteScheduleGroupCommand({ Name: "followups" }));
    expect(
      await caught(client.send(new GetScheduleCommand({ Name: "in-group", GroupName: "followups" }))),
    ).toBeInstanceOf(ResourceNotFoundException);
    expect(await caught(client.send(new GetScheduleGroupCommand({ Name: "followups" })))).toBeInstanceOf(
      ResourceNotFoundException,
    );
    expect(await caught(client.send(new DeleteScheduleGroupCommand({ Name: "default" })))).toBeInstanceOf(
      ValidationException,
    );
    expect((await client.send(new GetScheduleCommand({ Name: "in-group" }))).GroupName).toBe("default");
  });

  it("is reachable through AWS_ENDPOINT_URL_SCHEDULER, with no endpoint in code", async () => {
    const saved = process.env.AWS_ENDPOINT_URL_SCHEDULER;
    process.env.AWS_ENDPOINT_URL_SCHEDULER = emulator.url;
    const envClient = new SchedulerClient({
      region: "us-east-1",
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    });
    try {
      await envClient.send(schedule("via-env", "at(2026-04-01T00:00:00)"));
      expect((await client.send(new GetScheduleCommand({ Name: "via-env" }))).Name).toBe("via-env");
    } finally {
      envClient.destroy();
      if (saved === undefined) delete process.env.AWS_ENDPOINT_URL_SCHEDULER;
      else process.env.AWS_ENDPOINT_URL_SCHEDULER = saved;
    }
  });
});

describe("scheduler emulator firing", () => {
  it("reads at() as wall-clock time in ScheduleExpressionTimezone, across a DST change", async () => {
    const ny = { ScheduleExpressionTimezone: "America/New_York" };
    // 2026-03-08 is the US spring-forward day: 09:30 is EDT (UTC-4) that day and EST (UTC-5) the day before.
    await client.send(schedule("after-dst", "at(2026-03-08T09:30:00)", ny));
    await client.send(schedule("before-dst", "at(2026-03-07T09:30:00)", ny));
    await client.send(
      schedule("paris", "at(2026-03-08T09:30:00)", { ScheduleExpressionTimezone: "Europe/Paris" }),
    );
    await client.send(schedule("utc", "at(2026-03-08T09:30:00)"));

    clock.t = new Date("2026-03-08T13:29:59Z");
    expect(await emulator.fireDue()).toBe(3);
    expect(inputs()).toEqual(["before-dst", "paris", "utc"]);

    clock.t = new Date("2026-03-08T13:30:00Z");
    expect(await emulator.fireDue()).toBe(1);
    expect(inputs().at(-1)).toBe("after-dst");
  });

  it("fires only due schedules, in due order, and DELETE removes them while NONE keeps them without refiring", async () => {
    await client.send(schedule("a-late", "at(2026-03-02T10:00:00)"));
    await client.send(schedule("b-early", "at(2026-03-02T09:00:00)"));
    await client.send(schedule("c-kept", "at(2026-03-02T11:00:00)", { ActionAfterCompletion: "NONE" }));
    await client.send(schedule("d-future", "at(2026-03-02T15:00:00)"));

    clock.t = new Date("2026-03-02T12:00:00Z");
    expect(await emulator.fireDue()).toBe(3);
    expect(inputs()).toEqual(["b-early", "a-late", "c-kept"]);
    expect(invocations[0]?.arn).toBe(TARGET);

    for (const gone of ["a-late", "b-early"]) {
      expect(await caught(client.send(new GetScheduleCommand({ Name: gone })))).toBeInstanceOf(
        ResourceNotFoundException,
      );
    }
    expect((await client.send(new GetScheduleCommand({ Name: "c-kept" }))).State).toBe("ENABLED");
    expect(await emulator.fireDue()).toBe(0);
    expect((await client.send(new ListSchedulesCommand({}))).Schedules?.map((s) => s.Name)).toEqual([
      "c-kept",
      "d-future",
    ]);
  });

  it("advanceTo sets the clock to each due time and fires schedules created by targets on the way", async () => {
    behaviour = async (input) => {
      const { name } = JSON.parse(input) as { name: string };
      if (name === "step-1") {
        // The target reaches the emulator over HTTP, as the sender Lambda would.
        await client.send(schedule("step-2", "at(2026-03-03T09:00:00)"));
        await client.send(schedule("step-after-window", "at(2026-03-09T09:00:00)"));
      }
    };
    await client.send(schedule("step-1", "at(2026-03-02T09:00:00)"));

    const until = new Date("2026-03-05T00:00:00Z");
    expect(await emulator.advanceTo(until, setNow)).toBe(2);
    expect(invocations.map((i) => [JSON.parse(i.input).name, i.at])).toEqual([
      ["step-1", "2026-03-02T09:00:00.000Z"],
      ["step-2", "2026-03-03T09:00:00.000Z"],
    ]);
    expect(clock.t).toEqual(until);
    expect((await client.send(new ListSchedulesCommand({}))).Schedules?.map((s) => s.Name)).toEqual([
      "step-after-window",
    ]);
  });

  it("retries a failing target and succeeds without a dead letter", async () => {
    let calls = 0;
    behaviour = async () => {
      calls++;
      if (calls <= 2) throw new Error(`boom ${calls}`);
    };
    await client.send(schedule("flaky", "at(2026-03-01T13:00:00)"));
    clock.t = new Date("2026-03-01T13:00:00Z");
    expect(await emulator.fireDue()).toBe(1);
    expect(invocations).toHaveLength(3);
    expect(emulator.deadLetters()).toEqual([]);
    expect(await caught(client.send(new GetScheduleCommand({ Name: "flaky" })))).toBeInstanceOf(
      ResourceNotFoundException,
    );
  });

  it("dead-letters after MaximumRetryAttempts and keeps the dead letter across a restart", async () => {
    behaviour = async () => {
      throw new Error("sender is down");
    };
    await client.send(
      schedule("doomed", "at(2026-03-01T13:00:00)", {
        Target: {
          Arn: TARGET,
          RoleArn: ROLE,
          Input: '{"name":"doomed"}',
          RetryPolicy: { MaximumRetryAttempts: 2 },
          DeadLetterConfig: { Arn: DLQ },
        },
      }),
    );
    await client.send(
      schedule("no-dlq", "at(2026-03-01T13:00:00)", {
        Target: {
          Arn: TARGET,
          RoleArn: ROLE,
          Input: '{"name":"no-dlq"}',
          RetryPolicy: { MaximumRetryAttempts: 0 },
        },
      }),
    );
    clock.t = new Date("2026-03-01T14:00:00Z");
    expect(await emulator.fireDue()).toBe(2);
    // Both fire at once (bounded concurrency), so their attempts interleave.
    expect(inputs().sort()).toEqual(["doomed", "doomed", "doomed", "no-dlq"]);
    const expected = [
      {
        name: "doomed",
        groupName: "default",
        targetArn: TARGET,
        input: '{"name":"doomed"}',
        error: "sender is down",
        at: "2026-03-01T14:00:00.000Z",
        deadLetterArn: DLQ,
      },
      {
        name: "no-dlq",
        groupName: "default",
        targetArn: TARGET,
        input: '{"name":"no-dlq"}',
        error: "sender is down",
        at: "2026-03-01T14:00:00.000Z",
      },
    ];
    const byName = (letters: ReturnType<SchedulerEmulator["deadLetters"]>) =>
      [...letters].sort((a, b) => a.name.localeCompare(b.name));
    expect(byName(emulator.deadLetters())).toEqual(expected);
    expect(logLines.some((l) => l.includes("dead letter") && l.includes("no-dlq"))).toBe(true);

    await emulator.close();
    await start();
    expect(byName(emulator.deadLetters())).toEqual(expected);
  });

  it("stops retrying once the event is older than MaximumEventAgeInSeconds", async () => {
    behaviour = async () => {
      clock.t = new Date(clock.t.getTime() + 40_000);
      throw new Error("slow failure");
    };
    await client.send(
      schedule("aging", "at(2026-03-01T13:00:00)", {
        Target: { Arn: TARGET, RoleArn: ROLE, RetryPolicy: { MaximumEventAgeInSeconds: 60 } },
      }),
    );
    clock.t = new Date("2026-03-01T13:00:00Z");
    expect(await emulator.fireDue()).toBe(1);
    expect(invocations).toHaveLength(2);
    expect(invocations[0]?.input).toBe("{}");
    expect(emulator.deadLetters()).toHaveLength(1);
  });

  it("gives a firing that starts late its whole retry window instead of dead-lettering its first failure", async () => {
    let calls = 0;
    behaviour = async () => {
      calls++;
      if (calls === 1) throw new Error("busy");
    };
    await client.send(
      schedule("caught-up", "at(2026-03-01T13:00:00)", {
        Target: {
          Arn: TARGET,
          RoleArn: ROLE,
          Input: '{"name":"caught-up"}',
          RetryPolicy: { MaximumEventAgeInSeconds: 60, MaximumRetryAttempts: 3 },
        },
      }),
    );
    // The emulator was down (or the clock jumped) for a day past the due time.
    clock.t = new Date("2026-03-02T13:00:00Z");
    expect(await emulator.fireDue()).toBe(1);
    expect(invocations).toHaveLength(2);
    expect(emulator.deadLetters()).toEqual([]);
  });

  it("never fires a disabled schedule", async () => {
    await client.send(schedule("off", "at(2026-03-01T13:00:00)", { State: "DISABLED" }));
    await client.send(schedule("off-rate", "rate(1 hour)", { State: "DISABLED" }));
    clock.t = new Date("2026-03-02T00:00:00Z");
    expect(await emulator.fireDue()).toBe(0);
    expect(await emulator.advanceTo(new Date("2026-03-04T00:00:00Z"), setNow)).toBe(0);
    expect(invocations).toEqual([]);
  });

  it("fires rate() every interval in advanceTo, collapses missed runs in fireDue, and stores cron without firing", async () => {
    await client.send(schedule("hourly", "rate(1 hour)", { ActionAfterCompletion: "NONE" }));
    await client.send(schedule("nightly", "cron(0 2 * * ? *)"));
    expect(await emulator.advanceTo(new Date("2026-03-01T15:30:00Z"), setNow)).toBe(3);
    expect(invocations.map((i) => i.at)).toEqual([
      "2026-03-01T13:00:00.000Z",
      "2026-03-01T14:00:00.000Z",
      "2026-03-01T15:00:00.000Z",
    ]);

    clock.t = new Date("2026-03-02T09:30:00Z");
    expect(await emulator.fireDue()).toBe(1);
    expect(await emulator.fireDue()).toBe(0);
    clock.t = new Date("2026-03-02T10:00:00Z");
    expect(await emulator.fireDue()).toBe(1);
    expect((await client.send(new GetScheduleCommand({ Name: "nightly" }))).ScheduleExpression).toBe(
      "cron(0 2 * * ? *)",
    );
    expect(inputs().every((n) => n === "hourly")).toBe(true);
  });

  it("serialises concurrent fireDue calls so each schedule fires once", async () => {
    behaviour = () => sleep(10);
    for (const name of ["p", "q", "r"]) await client.send(schedule(name, "at(2026-03-01T13:00:00)"));
    clock.t = new Date("2026-03-01T13:00:00Z");
    const counts = await Promise.all([emulator.fireDue(), emulator.fireDue(), emulator.fireDue()]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(3);
    expect(inputs().sort()).toEqual(["p", "q", "r"]);
  });

  it("keeps schedules across a restart and fires those that fell due while it was down", async () => {
    await client.send(new CreateScheduleGroupCommand({ Name: "followups" }));
    await client.send(schedule("soon", "at(2026-03-01T13:00:00)", { GroupName: "followups" }));
    await client.send(schedule("later", "at(2026-03-05T13:00:00)"));
    await emulator.close();

    const state = JSON.parse(await readFile(path.join(dataDir, "scheduler.json"), "utf8")) as {
      schedules: unknown[];
    };
    expect(state.schedules).toHaveLength(2);

    clock.t = new Date("2026-03-01T18:00:00Z");
    await start();
    expect((await client.send(new GetScheduleCommand({ Name: "soon", GroupName: "followups" }))).Name).toBe(
      "soon",
    );
    expect((await client.send(new GetScheduleCommand({ Name: "later" }))).Name).toBe("later");
    expect(await emulator.fireDue()).toBe(1);
    expect(inputs()).toEqual(["soon"]);

    // Same again, with the background timer doing the catching up.
    await emulator.close();
    clock.t = new Date("2026-03-06T00:00:00Z");
    await start({ pollIntervalMs: 10 });
    await vi.waitFor(() => expect(inputs()).toEqual(["soon", "later"]), { timeout: 2000 });
    expect((await client.send(new ListSchedulesCommand({}))).Schedules).toEqual([]);
  });
  it("fires again a firing that was interrupted by a crash (at least once, like AWS)", async () => {
    await client.send(schedule("interrupted", "at(2026-03-01T13:00:00)"));
    await emulator.close();
    // What the file looks like when the process dies while the target runs: out of the due set, firing noted.
    const file = path.join(dataDir, "scheduler.json");
    const state = JSON.parse(await readFile(file, "utf8")) as {
      schedules: Array<{ nextDueAt?: string; firing?: { dueAt: string } }>;
    };
    const record = state.schedules[0];
    if (!record) throw new Error("schedule missing from the state file");
    record.firing = { dueAt: "2026-03-01T13:00:00.000Z" };
    delete record.nextDueAt;
    await writeFile(file, JSON.stringify(state));

    clock.t = new Date("2026-03-01T13:05:00Z");
    await start();
    expect(await emulator.fireDue()).toBe(1);
    expect(inputs()).toEqual(["interrupted"]);
    expect(await emulator.fireDue()).toBe(0);
  });

  it("refuses to start on a damaged state file instead of wiping it", async () => {
    await emulator.close();
    await writeFile(path.join(dataDir, "scheduler.json"), "{ half a file");
    await expect(start()).rejects.toThrow(/not a valid scheduler state file/);
    await writeFile(path.join(dataDir, "scheduler.json"), "{}");
    await expect(start()).rejects.toThrow(/not a valid scheduler state file/);
    await rm(path.join(dataDir, "scheduler.json"));
    await start();
  });
});
