import { rmSync } from "node:fs";
import { join } from "node:path";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SUPPRESSION_MARKS_COPIED_FILE } from "../../../local/copy-suppression-marks-once.js";
import { LOCAL_TABLE } from "../../../local/local-names.js";
import { suppressionKey } from "../../../shared/adapters/dynamo-suppression-check.js";
import { ownerQuotaKey } from "../../../shared/adapters/owner-quota-key.js";
import { suppressionMarkName } from "../../../shared/adapters/owner-record-attributes.js";
import { startHarness } from "../support/local-stack-harness.js";

type Harness = Awaited<ReturnType<typeof startHarness>>;
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const OWNER = "legacy|sam";
const EMAIL = "dana@acme.test";

/** The table as the stack serves it now (a restart keeps its ports). */
function table() {
  return DynamoDBDocumentClient.from(
    new DynamoDBClient({
      region: "us-east-1",
      endpoint: h.stack.dynamoUrl,
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    }),
  );
}

/** A suppression as versions before the owner-record marks wrote it: the item, no mark. */
async function putOlderSuppression() {
  const client = table();
  await client.send(
    new PutCommand({
      TableName: LOCAL_TABLE,
      Item: { ...suppressionKey(OWNER, EMAIL), reason: "bounced", at: "2026-11-01T00:00:00.000Z" },
    }),
  );
  client.destroy();
}

async function markOnOwnerRecord(): Promise<unknown> {
  const client = table();
  const out = await client.send(new GetCommand({ TableName: LOCAL_TABLE, Key: ownerQuotaKey(OWNER) }));
  client.destroy();
  return out.Item?.[suppressionMarkName(EMAIL)];
}

describe("the local stack's one-time copy of older suppression marks", () => {
  it("runs once per data dir: a second start on the same data does not copy again", async () => {
    // Written after the first start's copy: only a copy at a later start could mark it.
    await putOlderSuppression();
    await h.restart();
    expect(await markOnOwnerRecord()).toBeUndefined();
  });

  it("still copies into a data dir without the marker (a `.data/` of an older version)", async () => {
    rmSync(join(h.dataDir, SUPPRESSION_MARKS_COPIED_FILE));
    await h.restart();
    expect(await markOnOwnerRecord()).toBe("bounced");
  });
});
