import { randomUUID } from "node:crypto";
import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  type QueryCommandInput,
  UpdateCommand,
} from "@aws-sdk/lib-dynamodb";
import { unmarshall } from "@aws-sdk/util-dynamodb";
import type { Interview, InterviewStatus } from "../domain/interview.js";
import type { Step } from "../domain/step.js";
import { type StepClaim, withClaim, withoutClaim } from "../domain/step-claim.js";
import { ValidationError } from "../errors/app-error.js";
import { ItemTooLargeError } from "../errors/item-too-large-error.js";
import { VersionConflictError } from "../errors/version-conflict-error.js";
import type { InterviewPage, InterviewStore, StepClaimResult } from "../ports/interview-store.js";
import { canonicalJson } from "./canonical-json.js";
import { TABLE_INDEXES } from "./table-design.js";
import { targetedUpdate } from "./targeted-update.js";
import { toDependencyError } from "./to-dependency-error.js";

const ITEM_SK = "INTERVIEW";
export const OWNER_INDEX = TABLE_INDEXES.owner;
export const APPLICATION_INDEX = TABLE_INDEXES.application;
/**
 * Sparse: only interviews the reconciler must look at are in it, those with a step whose schedule could not
 * be created (or moved) and those with a step in flight (`sending`), whose claim a crashed sender may have
 * left behind with no retry to come.
 */
export const ATTENTION_INDEX = TABLE_INDEXES.attention;
/** Kept from when the index held only unscheduled steps: items already stored carry this key. */
const ATTENTION_KEY = "UNSCHEDULED";

/** How DynamoDB (and dynalite) word the ValidationException for a write past the 400 KB item limit. */
const ITEM_TOO_LARGE = /item size( to update)? has exceeded the maximum allowed size/i;

const ownerKey = (owner: string) => `OWNER#${encodeURIComponent(owner)}`;
const applicationKey = (owner: string, key: string) =>
  `APP#${encodeURIComponent(owner)}#${encodeURIComponent(key)}`;

type StoredItem = Omit<Interview, "steps"> & {
  pk: string;
  sk: string;
  gsi1pk: string;
  gsi1sk: string;
  gsi2pk: string;
  gsi2sk: string;
  gsi3pk?: string;
  gsi3sk?: string;
  /** Keyed by step id, so a single step can be addressed in an update expression. */
  steps: Record<string, Step>;
  /**
   * New on every put: tells a put of ours that landed from another writer's put of the very same item (two
   * writers computing the same change from the same version, such as a forward counter's bump).
   */
  writeId?: string;
};

/** When a step needs the reconciler from: its planned time if unscheduled, its claim if in flight. */
function attentionSince(step: Step): number | undefined {
  if (step.status === "unscheduled") return Date.parse(step.sendAt);
  if (step.status === "sending") return Date.parse(step.claimedAt ?? step.updatedAt);
  return undefined;
}

function toItem(interview: Interview): StoredItem {
  const since = interview.steps.map(attentionSince).filter((t): t is number => t !== undefined);
  return {
    ...(since.length
      ? {
          gsi3pk: ATTENTION_KEY,
          gsi3sk: `${new Date(Math.min(...since)).toISOString()}#${interview.id}`,
        }
      : {}),
    ...interview,
    pk: `INTERVIEW#${interview.id}`,
    sk: ITEM_SK,
    gsi1pk: ownerKey(interview.owner),
    gsi1sk: `${interview.createdAt}#${interview.id}`,
    gsi2pk: applicationKey(interview.owner, interview.applicationKey),
    gsi2sk: `${new Date(interview.interviewedAt).toISOString()}#${interview.id}`,
    steps: Object.fromEntries(interview.steps.map((s) => [s.id, s])),
  };
}

function fromItem(item: Record<string, unknown>): Interview {
  const {
    pk: _pk,
    sk: _sk,
    gsi1pk: _g1,
    gsi1sk: _g1s,
    gsi2pk: _g2,
    gsi2sk: _g2s,
    gsi3pk: _g3,
    gsi3sk: _g3s,
    writeId: _w,
    steps,
    ...rest
  } = item as StoredItem;
  const ordered = Object.values(steps ?? {}).sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));
  return { ...(rest as Omit<Interview, "steps">), steps: ordered };
}

function encodeCursor(key: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

const CURSOR_FIELDS = ["pk", "sk", "gsi1pk", "gsi1sk"] as const;
/**
 * `gsi1sk` as toItem writes it: the creation time and the interview id. The time is only held to the
 * characters of an ISO 8601 date-time (not to one spelling of it, so that no item ever stored becomes
 * unpageable); what matters to DynamoDB is that the key is short and not empty.
 */
const OWNER_SORT_KEY = /^([0-9][0-9TZ:.+-]{9,39})#([0-9A-HJKMNP-TV-Z]{26})$/;

/**
 * Reads a cursor back into the key DynamoDB gave us, checking every field against the exact shape toItem
 * writes (not just "a string"), so that nothing a caller can put in a cursor reaches DynamoDB as a key it
 * would reject (an empty or oversized value, a key of another item kind): that would be a 500. The owner's
 * own key is not taken from the cursor at all, and a cursor names only a position within that owner's
 * interviews, so there is nothing to forge that a signature would protect.
 */
function decodeCursor(cursor: string, owner: string): Record<string, string> {
  const invalid = () =>
    new ValidationError([{ field: "cursor", problem: "is not a cursor this API gave out" }]);
  if (!/^[A-Za-z0-9_-]{1,2000}$/.test(cursor)) throw invalid();
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw invalid();
  }
  if (typeof key !== "object" || key === null || Array.isArray(key)) throw invalid();
  const record = key as Record<string, unknown>;
  if (
    Object.keys(record).length !== CURSOR_FIELDS.length ||
    !CURSOR_FIELDS.every((f) => typeof record[f] === "string")
  )
    throw invalid();
  const sortKey = OWNER_SORT_KEY.exec(record.gsi1sk as string);
  const id = sortKey?.[2];
  if (
    !sortKey ||
    record.pk !== `INTERVIEW#${id}` ||
    record.sk !== ITEM_SK ||
    // A cursor is only good for the owner it was issued to.
    record.gsi1pk !== ownerKey(owner)
  )
    throw invalid();
  return { pk: `INTERVIEW#${id}`, sk: ITEM_SK, gsi1pk: ownerKey(owner), gsi1sk: record.gsi1sk as string };
}

/** The interview store on a single DynamoDB table (one item per interview; see DESIGN.md). */
export class DynamoInterviewStore implements InterviewStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(id: string): Promise<Interview | undefined> {
    const out = await this.call(() =>
      this.client.send(
        new GetCommand({
          TableName: this.tableName,
          Key: { pk: `INTERVIEW#${id}`, sk: ITEM_SK },
          ConsistentRead: true,
        }),
      ),
    );
    return out.Item ? fromItem(out.Item) : undefined;
  }

  async create(interview: Interview): Promise<void> {
    const item = { ...toItem(interview), writeId: randomUUID() };
    await this.conditional(
      interview.id,
      () =>
        this.client.send(
          new PutCommand({
            TableName: this.tableName,
            Item: item,
            ConditionExpression: "attribute_not_exists(pk)",
            ReturnValuesOnConditionCheckFailure: "ALL_OLD",
          }),
        ),
      () => this.holds(item),
      item,
    );
  }

  async replace(next: Interview, expectedVersion: number, previous?: Interview): Promise<void> {
    const item = { ...toItem(next), writeId: randomUUID() };
    const update =
      previous?.id === next.id && previous.version === expectedVersion
        ? targetedUpdate(toItem(previous), item)
        : undefined;
    await this.conditional(
      next.id,
      () =>
        update
          ? this.client.send(
              new UpdateCommand({
                TableName: this.tableName,
                Key: { pk: item.pk, sk: item.sk },
                ...update,
                ReturnValuesOnConditionCheckFailure: "ALL_OLD",
              }),
            )
          : this.client.send(
              new PutCommand({
                TableName: this.tableName,
                Item: item,
                ConditionExpression: "#v = :expected",
                ExpressionAttributeNames: { "#v": "version" },
                ExpressionAttributeValues: { ":expected": expectedVersion },
                ReturnValuesOnConditionCheckFailure: "ALL_OLD",
              }),
            ),
      () => this.holds(item),
      item,
    );
  }

  /**
   * The claim as one UpdateItem naming only the step's claim fields, the version (`+ 1`) and the attention
   * index's keys, with no read before it: the condition is what the sender's read was for (the chain
   * `active`, the step a `chain` step still `scheduled`), and `ReturnValues: ALL_OLD` hands back the item
   * the claim was written on, to decide on. The attention sort key becomes the claim's time unless the item
   * is already there earlier; one there later (an `unscheduled` step planned after now) makes the claim
   * fail instead, so that the stored keys are always what `toItem` computes for the claimed item.
   */
  async claimStep(claim: StepClaim): Promise<StepClaimResult> {
    const key = { pk: `INTERVIEW#${claim.interviewId}`, sk: ITEM_SK };
    const since = `${claim.claimedAt}#${claim.interviewId}`;
    const step = "#steps.#step";
    try {
      const out = await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: key,
          UpdateExpression: [
            `SET ${step}.#status = :sending, ${step}.#claimedAt = :at, ${step}.#claimId = :claimId`,
            `${step}.#dispatchBy = :dispatchBy, ${step}.#updatedAt = :at, #version = #version + :one`,
            "#g3pk = :attention, #g3sk = if_not_exists(#g3sk, :since)",
          ].join(", "),
          ConditionExpression: [
            "attribute_exists(pk) AND #status = :active AND",
            `${step}.#phase = :chain AND ${step}.#status = :scheduled AND`,
            "(attribute_not_exists(#g3sk) OR #g3sk <= :since)",
          ].join(" "),
          ExpressionAttributeNames: {
            "#steps": "steps",
            "#step": claim.stepId,
            "#status": "status",
            "#claimedAt": "claimedAt",
            "#claimId": "claimId",
            "#dispatchBy": "dispatchBy",
            "#updatedAt": "updatedAt",
            "#version": "version",
            "#phase": "phase",
            "#g3pk": "gsi3pk",
            "#g3sk": "gsi3sk",
          },
          ExpressionAttributeValues: {
            ":sending": "sending",
            ":at": claim.claimedAt,
            ":claimId": claim.claimId,
            ":dispatchBy": claim.dispatchBy,
            ":one": 1,
            ":attention": ATTENTION_KEY,
            ":since": since,
            ":active": "active",
            ":chain": "chain",
            ":scheduled": "scheduled",
          },
          ReturnValues: "ALL_OLD",
          ReturnValuesOnConditionCheckFailure: "ALL_OLD",
        }),
      );
      if (!out.Attributes) throw new Error("the claim's answer carried no item");
      const before = fromItem(out.Attributes);
      return { claimed: true, before, after: withClaim(before, claim) };
    } catch (err) {
      if (
        !(err instanceof ConditionalCheckFailedException) &&
        (err as Error).name !== "ConditionalCheckFailedException"
      )
        throw toDependencyError("The interview store", err);
      const returned = (err as ConditionalCheckFailedException).Item;
      // Where the failure carries no item (the local emulator), one read tells what the condition found.
      const found = returned ? unmarshall(returned) : await this.rawItem(claim.interviewId);
      if (!found) return { claimed: false };
      const current = fromItem(found);
      const s = current.steps.find((x) => x.id === claim.stepId);
      // Our own claim, landed by an attempt whose answer was lost: the SDK's retry found it.
      if (s?.status === "sending" && s.claimId === claim.claimId)
        return { claimed: true, before: withoutClaim(current, claim.stepId), after: current };
      return { claimed: false, current };
    }
  }

  private async rawItem(id: string): Promise<Record<string, unknown> | undefined> {
    const out = await this.call(() =>
      this.client.send(
        new GetCommand({
          TableName: this.tableName,
          Key: { pk: `INTERVIEW#${id}`, sk: ITEM_SK },
          ConsistentRead: true,
        }),
      ),
    );
    return out.Item;
  }

  /**
   * Whether the table holds exactly `item`: after a put's condition failed, this tells our own write (the
   * SDK retried a put whose first attempt had landed, its answer lost to a timeout or reset) from another
   * writer's. Only an identical item counts as ours, `writeId` included: another writer's item of the same
   * version differs at least in its `writeId`, even when both computed the same change (two messages
   * bumping a counter from the same version: taking the other's item for ours would count one bump twice).
   */
  private async holds(item: StoredItem): Promise<boolean> {
    const out = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: item.pk, sk: item.sk },
        ConsistentRead: true,
      }),
    );
    return out?.Item !== undefined && canonicalJson(out.Item) === canonicalJson(item);
  }

  async remove(id: string, expectedVersion: number): Promise<void> {
    await this.conditional(id, () =>
      this.client.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: { pk: `INTERVIEW#${id}`, sk: ITEM_SK },
          ConditionExpression: "#v = :expected",
          ExpressionAttributeNames: { "#v": "version" },
          ExpressionAttributeValues: { ":expected": expectedVersion },
        }),
      ),
    );
  }

  async listByOwner(
    owner: string,
    options: { limit: number; cursor?: string; status?: InterviewStatus },
  ): Promise<InterviewPage> {
    const input: QueryCommandInput = {
      TableName: this.tableName,
      IndexName: OWNER_INDEX,
      KeyConditionExpression: "gsi1pk = :owner",
      ExpressionAttributeValues: { ":owner": ownerKey(owner) },
      ScanIndexForward: false,
      Limit: options.limit,
    };
    if (options.cursor) input.ExclusiveStartKey = decodeCursor(options.cursor, owner);
    if (options.status) {
      input.FilterExpression = "#status = :status";
      input.ExpressionAttributeNames = { "#status": "status" };
      input.ExpressionAttributeValues = { ...input.ExpressionAttributeValues, ":status": options.status };
    }
    const out = await this.call(() => this.client.send(new QueryCommand(input)));
    const page: InterviewPage = { items: (out.Items ?? []).map(fromItem) };
    if (out.LastEvaluatedKey) page.cursor = encodeCursor(out.LastEvaluatedKey);
    return page;
  }

  async listByApplication(owner: string, key: string): Promise<Interview[]> {
    const items: Interview[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const out = await this.call(() =>
        this.client.send(
          new QueryCommand({
            TableName: this.tableName,
            IndexName: APPLICATION_INDEX,
            KeyConditionExpression: "gsi2pk = :app",
            ExpressionAttributeValues: { ":app": applicationKey(owner, key) },
            ExclusiveStartKey: start,
          }),
        ),
      );
      items.push(...(out.Items ?? []).map(fromItem));
      start = out.LastEvaluatedKey;
    } while (start);
    return items;
  }

  async listNeedingAttention(limit: number): Promise<Interview[]> {
    const out = await this.call(() =>
      this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: ATTENTION_INDEX,
          KeyConditionExpression: "gsi3pk = :k",
          ExpressionAttributeValues: { ":k": ATTENTION_KEY },
          Limit: limit,
        }),
      ),
    );
    return (out.Items ?? []).map(fromItem);
  }

  private async call<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      throw toDependencyError("The interview store", err);
    }
  }

  /**
   * Runs a conditional write. When its condition fails, the item it found (returned with the failure, else
   * read once) tells our own write (the SDK retried a write whose first attempt had landed, its answer lost
   * to a timeout or reset) from another writer's: only an item identical to `written` is ours. Another
   * writer's item comes back on the `VersionConflictError`, so the caller's next attempt needs no read.
   */
  private async conditional(
    id: string,
    fn: () => Promise<unknown>,
    landed?: () => Promise<boolean>,
    written?: StoredItem,
  ): Promise<void> {
    try {
      await fn();
    } catch (err) {
      if (
        err instanceof ConditionalCheckFailedException ||
        (err as Error).name === "ConditionalCheckFailedException"
      ) {
        const found = (err as ConditionalCheckFailedException).Item;
        if (found && written) {
          const current = unmarshall(found);
          if (canonicalJson(current) === canonicalJson(written)) return;
          throw new VersionConflictError(id, fromItem(current));
        }
        if (landed && (await this.call(landed))) return;
        throw new VersionConflictError(id);
      }
      // A chain grown past DynamoDB's 400 KB per item is the caller's data, not an outage: a 413 that says
      // so, rather than a bare 500 the client would retry in vain.
      if ((err as Error).name === "ValidationException" && ITEM_TOO_LARGE.test((err as Error).message)) {
        throw new ItemTooLargeError(id, err);
      }
      throw toDependencyError("The interview store", err);
    }
  }
}
