import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLocalTable } from "../../../local/create-local-table.js";
import { type LocalDynamo, startLocalDynamo } from "../../../local/dynamo/start-local-dynamo.js";
import { countedName } from "../../../shared/adapters/counted-name.js";
import { dynamoCopySuppressionMarks } from "../../../shared/adapters/dynamo-copy-suppression-marks.js";
import { DynamoOwnerEmailGate } from "../../../shared/adapters/dynamo-owner-email-gate.js";
import { DynamoOwnerQuotaLedger } from "../../../shared/adapters/dynamo-owner-quota-ledger.js";
import { suppressionKey } from "../../../shared/adapters/dynamo-suppression-check.js";
import { DynamoSuppressionList } from "../../../shared/adapters/dynamo-suppression-list.js";
import { ownerQuotaKey } from "../../../shared/adapters/owner-quota-key.js";
import { DEFAULT_QUOTA_LIMITS } from "../../../shared/domain/quota-limits.js";
import type { OwnerQuotaRequest } from "../../../shared/ports/owner-quota-ledger.js";

const TABLE = "owner-email-gate-test";
const NOW = new Date("2026-12-01T15:00:00.000Z");
const DAY = "2026-12-01";
const NEXT = new Date("2026-12-02T09:00:00.000Z");

/** The local store with its front (ALL_OLD on a refused condition, as DynamoDB) and bare dynalite. */
const stores: Array<{ name: string; ordered: boolean; dynamo?: LocalDynamo; raw?: DynamoDBClient }> = [
  { name: "the local store", ordered: true },
  { name: "bare dynalite (no ALL_OLD on a failed condition)", ordered: false },
];

beforeAll(async () => {
  for (const store of stores) {
    store.dynamo = await startLocalDynamo({ path: undefined, port: 0, ordered: store.ordered });
    store.raw = new DynamoDBClient({
      region: "us-east-1",
      endpoint: store.dynamo.url,
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    });
    await createLocalTable(store.raw, TABLE);
  }
});

afterAll(async () => {
  for (const store of stores) {
    store.raw?.destroy();
    await store.dynamo?.close();
  }
});

let n = 0;
const owner = () => `owner-${++n}`;
const interviewId = () => `01KQ8Z3M4N5P6R7S8T9V0W${String(++n).padStart(4, "0")}`;
const registration = (who: string, now: Date): OwnerQuotaRequest => ({
  owner: who,
  interviewId: interviewId(),
  countInterview: true,
  emails: ["dana@acme.test"],
  now,
  limits: DEFAULT_QUOTA_LIMITS,
});

describe.each(stores)("the owner's email gate on $name", (store) => {
  const ports = () => {
    const client = DynamoDBDocumentClient.from(store.raw as DynamoDBClient);
    return {
      client,
      gate: new DynamoOwnerEmailGate(client, TABLE),
      ledger: new DynamoOwnerQuotaLedger(client, TABLE),
      suppressions: new DynamoSuppressionList(client, TABLE),
    };
  };
  const pass = (gate: DynamoOwnerEmailGate, who: string, key: string, email = "dana@acme.test") =>
    gate.pass({ owner: who, email, key, day: DAY, limit: 2 });

  it("takes one of the day's emails per step (a retry takes none), refuses the day's third, and /usage reads the count", async () => {
    const { gate, ledger } = ports();
    const who = owner();
    await ledger.take(registration(who, NOW));

    expect(await pass(gate, who, "i1/s1")).toEqual({ result: "passed" });
    expect(await pass(gate, who, "i1/s1")).toEqual({ result: "passed" });
    expect(await pass(gate, who, "i2/s1")).toEqual({ result: "passed" });
    expect(await pass(gate, who, "i3/s1")).toEqual({ result: "full" });
    // A step already counted goes on even on a full day (its claim was released and taken again).
    expect(await pass(gate, who, "i1/s1")).toEqual({ result: "passed" });
    expect((await ledger.read(who, NOW)).emails_per_day).toBe(2);
    expect((await ledger.read(who, NEXT)).emails_per_day).toBe(0);
  });

  it("refuses a suppressed address with its first reason, before the day's count", async () => {
    const { gate, suppressions } = ports();
    const who = owner();
    await suppressions.suppress(who, "Dana@Acme.test", "bounced", NOW.toISOString());
    await suppressions.suppress(who, "dana@acme.test", "unsubscribed", NOW.toISOString());

    expect(await pass(gate, who, "i1/s1")).toEqual({ result: "suppressed", reason: "bounced" });
    expect(await pass(gate, who, "i1/s2", "bo@acme.test")).toEqual({ result: "passed" });
    expect(await suppressions.isSuppressed(who, "dana@acme.test")).toMatchObject({ reason: "bounced" });
  });

  it("suppressing again repairs a mark a crash left unwritten (the SUPPRESSION# item exists already)", async () => {
    const { gate, suppressions, client } = ports();
    const who = owner();
    await suppressions.suppress(who, "dana@acme.test", "bounced", NOW.toISOString());
    await client.send(
      new UpdateCommand({
        TableName: TABLE,
        Key: ownerQuotaKey(who),
        UpdateExpression: "REMOVE #s",
        ExpressionAttributeNames: { "#s": "s#dana@acme.test" },
      }),
    );
    expect(await pass(gate, who, "i1/s1")).toEqual({ result: "passed" });

    expect(await suppressions.suppress(who, "dana@acme.test", "complained", NOW.toISOString())).toBe(false);

    expect(await pass(gate, who, "i1/s2")).toEqual({ result: "suppressed", reason: "complained" });
  });

  it("a suppression recorded before the marks (a SUPPRESSION# item only) is let through until the one-time copy marks it", async () => {
    const { gate, client } = ports();
    const who = `legacy|${owner()}`;
    await client.send(
      new PutCommand({
        TableName: TABLE,
        Item: { ...suppressionKey(who, "dana@acme.test"), reason: "bounced", at: NOW.toISOString() },
      }),
    );
    expect(await pass(gate, who, "i1/s1")).toEqual({ result: "passed" });

    expect(await dynamoCopySuppressionMarks(client, TABLE)).toBeGreaterThan(0);
    await dynamoCopySuppressionMarks(client, TABLE);

    expect(await pass(gate, who, "i1/s2")).toEqual({ result: "suppressed", reason: "bounced" });
  });

  it("removes the previous days' sets as it goes, so the record does not grow", async () => {
    const { gate, client } = ports();
    const who = owner();
    await gate.pass({ owner: who, email: "a@acme.test", key: "i1/s1", day: "2026-11-29", limit: 5 });
    await gate.pass({ owner: who, email: "a@acme.test", key: "i1/s2", day: DAY, limit: 5 });

    const item = await read(client, who);
    expect(Object.keys(item ?? {}).filter((k) => k.startsWith("e#"))).toEqual([`e#${DAY}`]);
  });

  it("a registration's careful rewrite of the record keeps the marks and the day's emails written before it", async () => {
    const { gate, ledger, suppressions, client } = ports();
    const who = owner();
    await ledger.take(registration(who, NOW));
    await suppressions.suppress(who, "rita@acme.test", "complained", NOW.toISOString());
    await gate.pass({
      owner: who,
      email: "dana@acme.test",
      key: "i1/s1",
      day: NEXT.toISOString().slice(0, 10),
      limit: 5,
    });

    // A new day: the quick take's condition fails and the ledger's careful write (an UpdateItem of its own
    // attributes) follows.
    await ledger.take(registration(who, NEXT));

    expect((await ledger.read(who, NEXT)).emails_per_day).toBe(1);
    expect((await read(client, who))?.["s#rita@acme.test"]).toBe("complained");
    expect(
      await gate.pass({ owner: who, email: "rita@acme.test", key: "i1/s2", day: "2026-12-02", limit: 5 }),
    ).toEqual({
      result: "suppressed",
      reason: "complained",
    });
  });

  it.each(["a send", "a suppression"] as const)(
    "%s landing between a registration's read and its careful write neither refuses the write nor is erased by it",
    async (what) => {
      const { client, gate, suppressions } = ports();
      const who = owner();
      const day2 = NEXT.toISOString().slice(0, 10);
      await new DynamoOwnerQuotaLedger(client, TABLE).take(registration(who, NOW));
      // Before EVERY careful write (a new day: the quick take is refused), the other write lands first, as
      // many sends of the same owner would: the version it bumps is not the ledger's, so the registration
      // is written at its first careful attempt (it used to be refused each time, then answered 503).
      let careful = 0;
      const racing = DynamoDBDocumentClient.from(store.raw as DynamoDBClient);
      const send = racing.send.bind(racing);
      racing.send = (async (command: unknown, ...rest: unknown[]) => {
        if (command instanceof UpdateCommand && command.input.ConditionExpression?.includes("#lv")) {
          careful++;
          if (what === "a send")
            await gate.pass({
              owner: who,
              email: "dana@acme.test",
              key: `i9/s${careful}`,
              day: day2,
              limit: 5,
            });
          else await suppressions.suppress(who, `rita${careful}@acme.test`, "bounced", NEXT.toISOString());
        }
        return (send as (...a: unknown[]) => unknown)(command, ...rest);
      }) as typeof racing.send;

      await new DynamoOwnerQuotaLedger(racing, TABLE).take(registration(who, NEXT));

      expect(careful).toBe(1);
      const item = await read(client, who);
      if (what === "a send") expect(item?.[`e#${day2}`]).toEqual(new Set([countedName("i9/s1")]));
      else expect(item?.["s#rita1@acme.test"]).toBe("bounced");
      // The registration itself was taken too, and the earlier day's mark and interview count moved on.
      expect(item?.day).toBe(day2);
      expect([...((item?.dayIds as Set<string> | undefined) ?? [])]).toHaveLength(1);
    },
  );

  it("a registration's careful write that loses to another registration is decided again on what that one wrote", async () => {
    const { client } = ports();
    const who = owner();
    await new DynamoOwnerQuotaLedger(client, TABLE).take(registration(who, NOW));
    let raced = false;
    const racing = DynamoDBDocumentClient.from(store.raw as DynamoDBClient);
    const send = racing.send.bind(racing);
    const other = registration(who, NEXT);
    racing.send = (async (command: unknown, ...rest: unknown[]) => {
      if (command instanceof UpdateCommand && command.input.ConditionExpression?.includes("#lv") && !raced) {
        raced = true;
        await new DynamoOwnerQuotaLedger(client, TABLE).take(other);
      }
      return (send as (...a: unknown[]) => unknown)(command, ...rest);
    }) as typeof racing.send;

    const mine = registration(who, NEXT);
    await new DynamoOwnerQuotaLedger(racing, TABLE).take(mine);

    expect(raced).toBe(true);
    const item = await read(client, who);
    // Both counted on the new day: the loser did not write its decision over the winner's.
    expect(item?.dayIds).toEqual(new Set([other.interviewId, mine.interviewId]));
    expect([...((item?.["r#dana@acme.test"] as Set<string> | undefined) ?? [])]).toEqual(
      expect.arrayContaining([other.interviewId, mine.interviewId]),
    );
  });
});

async function read(client: DynamoDBDocumentClient, who: string) {
  const out = await client.send(
    new GetCommand({ TableName: TABLE, Key: ownerQuotaKey(who), ConsistentRead: true }),
  );
  return out.Item;
}
