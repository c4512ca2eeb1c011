import { ConditionalCheckFailedException, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import {
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  UpdateCommand,
  type UpdateCommandInput,
} from "@aws-sdk/lib-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import { mockClient } from "aws-sdk-client-mock";
import { beforeEach, describe, expect, it } from "vitest";
import { DynamoInterviewStore } from "../../../../shared/adapters/dynamo-interview-store.js";
import type { Interview } from "../../../../shared/domain/interview.js";
import { updateStep } from "../../../../shared/domain/update-step.js";
import { VersionConflictError } from "../../../../shared/errors/version-conflict-error.js";
import { STORED_INTERVIEW_ID, storedInterview, storedStep } from "../../../support/stored-interview.js";

const TABLE = "followups-test";
const ID = STORED_INTERVIEW_ID;

const ddb = mockClient(DynamoDBDocumentClient);
const client = DynamoDBDocumentClient.from(new DynamoDBClient({ region: "us-east-1" }), {
  marshallOptions: { removeUndefinedValues: true },
});
const store = new DynamoInterviewStore(client, TABLE);

const step = storedStep;

function interview(overrides: Partial<Interview> = {}): Interview {
  return storedInterview({
    steps: [step(1), step(2, { kind: "handwritten_note", channel: "reminder" })],
    version: 3,
    ...overrides,
  });
}

/** An expression with its placeholders replaced by the names and (JSON) values they stand for. */
function spelled(input: UpdateCommandInput | undefined, expression: string | undefined): string {
  const names = input?.ExpressionAttributeNames ?? {};
  const values = input?.ExpressionAttributeValues ?? {};
  return (expression ?? "")
    .replace(/#n\d+/g, (p) => names[p] ?? `?${p}`)
    .replace(/:v\d+/g, (p) => (p in values ? JSON.stringify(values[p]) : `?${p}`))
    .replace(/, writeId = "[0-9a-f-]{36}"/, ", writeId = <new>");
}

const conditionFailed = (item?: Record<string, unknown>) =>
  new ConditionalCheckFailedException({
    message: "The conditional request failed",
    $metadata: { httpStatusCode: 400 },
    ...(item ? { Item: marshall(item, { removeUndefinedValues: true }) } : {}),
  });

/** The item as the adapter stores it (what DynamoDB's ALL_OLD returns), taken from a put of `i`. */
async function storedItemOf(i: Interview): Promise<Record<string, unknown>> {
  ddb.reset();
  await store.create(i);
  const item = ddb.commandCalls(PutCommand)[0]?.args[0].input.Item;
  ddb.reset();
  if (!item) throw new Error("no item put");
  return item;
}

const claimOf = (before: Interview, at = "2026-11-24T14:30:00.000Z"): Interview => ({
  ...updateStep(before, "s1", {
    status: "sending",
    claimedAt: at,
    claimId: "c-1",
    dispatchBy: 1_795_000_000_000,
    updatedAt: at,
  }),
  version: before.version + 1,
});

beforeEach(() => {
  ddb.reset();
});

describe("DynamoInterviewStore: a replace given the item it was computed from", () => {
  it("claims a step with one UpdateItem on the step's paths, conditional on the version, the chain and the step's status", async () => {
    const before = interview();
    await store.replace(claimOf(before), 3, before);

    expect(ddb.commandCalls(PutCommand)).toHaveLength(0);
    expect(ddb.commandCalls(GetCommand)).toHaveLength(0);
    const input = ddb.commandCalls(UpdateCommand)[0]?.args[0].input;
    expect(input?.TableName).toBe(TABLE);
    expect(input?.Key).toEqual({ pk: `INTERVIEW#${ID}`, sk: "INTERVIEW" });
    expect(input?.ReturnValuesOnConditionCheckFailure).toBe("ALL_OLD");
    expect(spelled(input, input?.ConditionExpression)).toBe(
      'version = 3 AND status = "active" AND steps.s1.status = "scheduled"',
    );
    // The claim enters the sparse index of steps in flight, keyed by its time.
    expect(spelled(input, input?.UpdateExpression)).toBe(
      'SET steps.s1.status = "sending", steps.s1.updatedAt = "2026-11-24T14:30:00.000Z", ' +
        'steps.s1.claimedAt = "2026-11-24T14:30:00.000Z", steps.s1.claimId = "c-1", steps.s1.dispatchBy = 1795000000000, ' +
        `version = 4, gsi3pk = "UNSCHEDULED", gsi3sk = "2026-11-24T14:30:00.000Z#${ID}", writeId = <new>`,
    );
  });

  it("records a send as the step's new fields, the event appended with list_append, the chain completed, and leaves the sparse index", async () => {
    const claimed = claimOf(interview({ steps: [step(1)] }));
    const sentAt = "2026-11-24T14:30:01.000Z";
    const sent: Interview = {
      ...updateStep(claimed, "s1", { status: "sent", sentAt, messageId: "<m1@ses>", updatedAt: sentAt }),
      status: "completed",
      events: [...claimed.events, { at: sentAt, type: "step.sent", stepId: "s1" }],
      version: claimed.version + 1,
    };
    await store.replace(sent, claimed.version, claimed);

    const input = ddb.commandCalls(UpdateCommand)[0]?.args[0].input;
    expect(spelled(input, input?.ConditionExpression)).toBe(
      'version = 4 AND status = "active" AND steps.s1.status = "sending"',
    );
    expect(spelled(input, input?.UpdateExpression)).toBe(
      'SET status = "completed", steps.s1.status = "sent", steps.s1.updatedAt = "2026-11-24T14:30:01.000Z", ' +
        'steps.s1.sentAt = "2026-11-24T14:30:01.000Z", steps.s1.messageId = "<m1@ses>", ' +
        'events = list_append(events, [{"at":"2026-11-24T14:30:01.000Z","type":"step.sent","stepId":"s1"}]), version = 5, ' +
        "writeId = <new> REMOVE gsi3pk, gsi3sk",
    );
  });

  it("removes a step field the change drops, and adds a new step whole", async () => {
    const before = interview({ steps: [step(1, { reason: "moved" })] });
    const after: Interview = {
      ...before,
      steps: [step(1), step(3, { kind: "weekly_check_in" })],
      version: 4,
    };
    await store.replace(after, 3, before);

    const input = ddb.commandCalls(UpdateCommand)[0]?.args[0].input;
    const update = spelled(input, input?.UpdateExpression);
    expect(update).toMatch(
      /^SET steps\.s3 = \{"id":"s3","kind":"weekly_check_in",.*\}, version = 4, writeId = <new> REMOVE steps\.s1\.reason$/,
    );
  });

  it("fails a lost race with VersionConflictError carrying the item the condition found, without a read", async () => {
    const before = interview();
    const rival = interview({ version: 4, status: "stopped", stopReason: "offer" });
    const found = await storedItemOf(rival);
    ddb.on(UpdateCommand).rejects(conditionFailed(found));

    const err = await store.replace(claimOf(before), 3, before).catch((e: unknown) => e);

    expect(err).toBeInstanceOf(VersionConflictError);
    expect((err as VersionConflictError).current).toEqual(rival);
    expect(ddb.commandCalls(GetCommand)).toHaveLength(0);
  });

  it("takes a failed condition that found exactly the item it wrote for its own write (an SDK retry of an update that landed), without a read", async () => {
    const before = interview();
    const claimed = claimOf(before);
    const found = await storedItemOf(claimed);
    // The same request sent again: the item holds the write id this update carries.
    ddb.on(UpdateCommand).callsFake(async (input: UpdateCommandInput) => {
      const writeId = Object.values(input.ExpressionAttributeValues ?? {}).find(
        (v) => typeof v === "string" && /^[0-9a-f-]{36}$/.test(v),
      );
      throw conditionFailed({ ...found, writeId });
    });

    await expect(store.replace(claimed, 3, before)).resolves.toBeUndefined();
    expect(ddb.commandCalls(GetCommand)).toHaveLength(0);
  });

  it("reads once to tell its own write when the failure carries no item (a store that does not return it)", async () => {
    const before = interview();
    const found = await storedItemOf(interview({ version: 9 }));
    ddb.on(UpdateCommand).rejects(conditionFailed());
    ddb.on(GetCommand).resolves({ Item: found });

    const err = await store.replace(claimOf(before), 3, before).catch((e: unknown) => e);

    expect(err).toBeInstanceOf(VersionConflictError);
    expect((err as VersionConflictError).current).toBeUndefined();
    expect(ddb.commandCalls(GetCommand)).toHaveLength(1);
  });

  it("puts the whole item when the change is too wide for one expression (a whole chain re-planned)", async () => {
    const before = interview();
    const steps = Array.from({ length: 300 }, (_, i) => step(i + 1, { kind: "weekly_check_in" }));
    await store.replace({ ...before, steps, version: 4 }, 3, before);

    expect(ddb.commandCalls(UpdateCommand)).toHaveLength(0);
    const input = ddb.commandCalls(PutCommand)[0]?.args[0].input;
    expect(input?.ConditionExpression).toBe("#v = :expected");
    expect(input?.ReturnValuesOnConditionCheckFailure).toBe("ALL_OLD");
  });

  it("puts the whole item when the previous item is of another version than the one expected", async () => {
    const before = interview({ version: 2 });
    await store.replace(claimOf(interview()), 3, before);

    expect(ddb.commandCalls(UpdateCommand)).toHaveLength(0);
    expect(ddb.commandCalls(PutCommand)).toHaveLength(1);
  });
});
