import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLocalTable } from "../../../local/create-local-table.js";
import { type LocalDynamo, startLocalDynamo } from "../../../local/dynamo/start-local-dynamo.js";
import { DynamoOwnerQuotaLedger } from "../../../shared/adapters/dynamo-owner-quota-ledger.js";
import { ownerQuotaKey } from "../../../shared/adapters/owner-quota-key.js";
import { DEFAULT_QUOTA_LIMITS } from "../../../shared/domain/quota-limits.js";
import { DependencyUnavailableError } from "../../../shared/errors/app-error.js";
import { QuotaExceededError } from "../../../shared/errors/quota-exceeded-error.js";
import type { OwnerQuotaRequest } from "../../../shared/ports/owner-quota-ledger.js";

const TABLE = "owner-quota-test";
const NOW = new Date("2026-12-01T15:00:00.000Z");

/** The local store, with (ordered: the local stack's) and without (bare dynalite) its front. */
const stores: Array<{ name: string; ordered: boolean; dynamo?: LocalDynamo; raw?: DynamoDBClient }> = [
  { name: "the local store", ordered: true },
  { name: "bare dynalite (no ALL_OLD on a failed condition)", ordered: false },
];

/** Counts the calls the adapter makes. */
function counted(raw: DynamoDBClient) {
  const client = DynamoDBDocumentClient.from(raw);
  const calls: string[] = [];
  const send = client.send.bind(client);
  client.send = ((command: { constructor: { name: string } }, ...rest: unknown[]) => {
    calls.push(command.constructor.name);
    return (send as (...a: unknown[]) => unknown)(command, ...rest);
  }) as typeof client.send;
  return { client, calls };
}

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
const request = (owner: string, over: Partial<OwnerQuotaRequest> = {}): OwnerQuotaRequest => ({
  owner,
  interviewId: `01KQ8Z3M4N5P6R7S8T9V0W${String(++n).padStart(4, "0")}`,
  countInterview: true,
  emails: [],
  now: NOW,
  limits: DEFAULT_QUOTA_LIMITS,
  ...over,
});

/** What create-interview gives back when the interview of a counted take could not be stored. */
const releaseFailed = (
  quotas: DynamoOwnerQuotaLedger,
  failed: OwnerQuotaRequest,
  taken: { fresh: string[] },
) =>
  quotas.release(failed.owner, {
    interviewId: failed.interviewId,
    counted: true,
    fresh: taken.fresh,
    listed: failed.emails,
    now: NOW,
  });

describe.each(stores)("DynamoOwnerQuotaLedger against $name", (store) => {
  const ledger = () => counted(store.raw as DynamoDBClient);

  it("takes a registration in one UpdateItem, which answers the addresses' earlier interviews", async () => {
    const { client, calls } = ledger();
    const quotas = new DynamoOwnerQuotaLedger(client, TABLE);
    const owner = `auth0|one-write-${store.ordered}`;
    const first = request(owner, { emails: ["rita@acme.test", "ann@acme.test"] });
    await quotas.take(first);
    calls.length = 0;

    const second = await quotas.take(request(owner, { emails: ["rita@acme.test", "ben@acme.test"] }));

    expect(calls).toEqual(["UpdateCommand"]);
    expect(second).toEqual({ fresh: ["ben@acme.test"], repeated: false, reaching: [first.interviewId] });
    expect(await quotas.read(owner, NOW)).toMatchObject({ interviews_per_day: 2, contacts_per_30_days: 3 });
  });

  it("counts a retried registration (same id) once, and refuses past the day's limit with nothing written", async () => {
    const quotas = new DynamoOwnerQuotaLedger(ledger().client, TABLE);
    const owner = `auth0|day-limit-${store.ordered}`;
    const limits = { ...DEFAULT_QUOTA_LIMITS, interviews_per_day: 2 };
    const first = request(owner, { limits });
    await quotas.take(first);
    expect((await quotas.take(first)).repeated).toBe(true);
    await quotas.take(request(owner, { limits }));
    const before = await raw(store, owner);

    const refused = await quotas.take(request(owner, { limits, emails: ["x@acme.test"] })).catch((e) => e);

    expect(refused).toBeInstanceOf(QuotaExceededError);
    expect(refused).toMatchObject({ quota: "interviews_per_day", limit: 2 });
    expect(await raw(store, owner)).toEqual(before);
    // The retry of a counted one still passes at the limit.
    expect((await quotas.take(first)).repeated).toBe(true);
  });

  it("refuses an address past the distinct-contact limit but takes one already counted, exactly at the limit", async () => {
    const quotas = new DynamoOwnerQuotaLedger(ledger().client, TABLE);
    const owner = `auth0|contacts-${store.ordered}`;
    const limits = { ...DEFAULT_QUOTA_LIMITS, contacts_per_30_days: 3 };
    await quotas.take(request(owner, { limits, emails: ["a@x.test", "b@x.test"] }));

    const refused = await quotas
      .take(request(owner, { limits, emails: ["c@x.test", "d@x.test"] }))
      .catch((e) => e);
    const fits = await quotas.take(request(owner, { limits, emails: ["a@x.test", "b@x.test", "c@x.test"] }));

    expect(refused).toMatchObject({ quota: "contacts_per_30_days", limit: 3 });
    expect(fits.fresh).toEqual(["c@x.test"]);
    expect(await quotas.read(owner, NOW)).toMatchObject({ interviews_per_day: 2, contacts_per_30_days: 3 });
  });

  it("starts the day's count over on a new UTC day and keeps the addresses' interviews", async () => {
    const quotas = new DynamoOwnerQuotaLedger(ledger().client, TABLE);
    const owner = `auth0|next-day-${store.ordered}`;
    const limits = { ...DEFAULT_QUOTA_LIMITS, interviews_per_day: 1 };
    const first = request(owner, { limits, emails: ["rita@acme.test"] });
    await quotas.take(first);
    const tomorrow = new Date(NOW.getTime() + 86_400_000);

    const next = await quotas.take(request(owner, { limits, now: tomorrow, emails: ["rita@acme.test"] }));

    expect(next.reaching).toEqual([first.interviewId]);
    expect(await quotas.read(owner, tomorrow)).toMatchObject({
      interviews_per_day: 1,
      contacts_per_30_days: 1,
    });
  });

  it("lets concurrent registrations take no more than the day's limit between them", async () => {
    const quotas = new DynamoOwnerQuotaLedger(ledger().client, TABLE);
    const owner = `auth0|race-${store.ordered}`;
    const limits = { ...DEFAULT_QUOTA_LIMITS, interviews_per_day: 3 };
    // A first take of the day, so the others race on the quick path.
    await quotas.take(request(owner, { limits }));

    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) => quotas.take(request(owner, { limits, emails: [`p${i}@x.test`] }))),
    );

    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    expect(await quotas.read(owner, NOW)).toMatchObject({ interviews_per_day: 3, contacts_per_30_days: 2 });
  });

  it("gives back a failed registration's interview and fresh addresses", async () => {
    const quotas = new DynamoOwnerQuotaLedger(ledger().client, TABLE);
    const owner = `auth0|release-${store.ordered}`;
    await quotas.take(request(owner, { emails: ["kept@x.test"] }));
    const failed = request(owner, { emails: ["kept@x.test", "new@x.test"] });
    const taken = await quotas.take(failed);

    await releaseFailed(quotas, failed, taken);

    expect(await quotas.read(owner, NOW)).toMatchObject({ interviews_per_day: 1, contacts_per_30_days: 1 });
    const next = await quotas.take(request(owner, { emails: ["kept@x.test", "new@x.test"] }));
    expect(next.reaching).toHaveLength(1);
    expect(next.reaching).not.toContain(failed.interviewId);
  });

  it("keeps an address counted when a concurrent registration used it after the failed one first counted it", async () => {
    const quotas = new DynamoOwnerQuotaLedger(ledger().client, TABLE);
    const owner = `auth0|release-shared-${store.ordered}`;
    const failed = request(owner, { emails: ["shared@x.test"] });
    const taken = await quotas.take(failed);
    expect(taken.fresh).toEqual(["shared@x.test"]);
    const other = await quotas.take(request(owner, { emails: ["shared@x.test"] }));
    expect(other.fresh).toEqual([]);

    await releaseFailed(quotas, failed, taken);

    // The other registration stands and reaches that address: it must stay counted.
    expect(await quotas.read(owner, NOW)).toMatchObject({ interviews_per_day: 1, contacts_per_30_days: 1 });
  });
});

describe("DynamoOwnerQuotaLedger", () => {
  it("keeps one item per owner under its own key, owners apart", async () => {
    const store = stores[0] as { raw: DynamoDBClient };
    const quotas = new DynamoOwnerQuotaLedger(DynamoDBDocumentClient.from(store.raw), TABLE);
    await quotas.take(request("auth0|a#b", { emails: ["z@x.test"] }));

    expect(ownerQuotaKey("auth0|a#b")).toEqual({ pk: "OWNERQUOTA#auth0%7Ca%23b", sk: "QUOTA" });
    expect(await quotas.read("auth0|a", NOW)).toEqual({
      interviews_per_day: 0,
      contacts_per_30_days: 0,
      emails_per_day: 0,
    });
  });

  it("answers 503-mapped errors when the table is unreachable", async () => {
    const offline = new DynamoOwnerQuotaLedger(
      DynamoDBDocumentClient.from(
        new DynamoDBClient({
          region: "us-east-1",
          endpoint: "http://127.0.0.1:9",
          credentials: { accessKeyId: "local", secretAccessKey: "local" },
          maxAttempts: 1,
        }),
      ),
      TABLE,
    );

    await expect(offline.take(request("auth0|offline"))).rejects.toBeInstanceOf(DependencyUnavailableError);
  });
});

async function raw(store: { raw?: DynamoDBClient }, owner: string) {
  const out = await DynamoDBDocumentClient.from(store.raw as DynamoDBClient).send(
    new GetCommand({ TableName: TABLE, Key: ownerQuotaKey(owner), ConsistentRead: true }),
  );
  return out.Item;
}
