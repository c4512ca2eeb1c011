import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import {
  DeleteCommand,
  type DeleteCommandInput,
  type DynamoDBDocumentClient,
  GetCommand,
  type GetCommandInput,
  PutCommand,
  type PutCommandInput,
  QueryCommand,
  type QueryCommandInput,
  UpdateCommand,
  type UpdateCommandInput,
} from "@aws-sdk/lib-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import type { AwsClientStub } from "aws-sdk-client-mock";

type Item = Record<string, unknown>;

/**
 * Just enough of the single table, behind an aws-sdk-client-mock stub, for handler tests to run a use case
 * end to end: items by pk/sk, the conditions the store writes, the interview store's targeted updates
 * (`SET path = value`, `list_append`, `REMOVE path`, conditions `path = value AND ...`), the item found by a
 * failed condition (`ReturnValuesOnConditionCheckFailure: ALL_OLD`), and the owner and application indexes.
 * Other updates (quota counters) are left to the stub's default answer, as before.
 */
export class MockDynamoTable {
  readonly items = new Map<string, Item>();

  constructor(mock: AwsClientStub<DynamoDBDocumentClient>) {
    mock.on(GetCommand).callsFake((input: GetCommandInput) => {
      const item = this.items.get(keyOf(input.Key ?? {}));
      return { Item: item ? structuredClone(item) : undefined };
    });
    mock.on(PutCommand).callsFake((input: PutCommandInput) => {
      const item = input.Item ?? {};
      this.check(
        keyOf(item),
        input.ConditionExpression,
        input.ExpressionAttributeValues,
        input.ReturnValuesOnConditionCheckFailure === "ALL_OLD",
      );
      this.items.set(keyOf(item), structuredClone(item));
      return {};
    });
    mock.on(UpdateCommand).callsFake((input: UpdateCommandInput) => {
      const key = input.Key ?? {};
      if (!String(key.pk).startsWith("INTERVIEW#")) return undefined;
      const current = this.items.get(keyOf(key));
      const names = input.ExpressionAttributeNames ?? {};
      const values = input.ExpressionAttributeValues ?? {};
      const ok =
        current !== undefined &&
        (input.ConditionExpression ?? "").split(" AND ").every((clause) => {
          const [path, value] = clause.split(" = ");
          return path !== undefined && value !== undefined && getPath(current, path, names) === values[value];
        });
      if (!ok)
        throw conditionFailed(input.ReturnValuesOnConditionCheckFailure === "ALL_OLD" ? current : undefined);
      const next = structuredClone(current);
      const [setPart, removePart] = (input.UpdateExpression ?? "").split(" REMOVE ");
      for (const m of (setPart ?? "")
        .replace(/^SET /, "")
        .matchAll(/([#\w.]+) = (list_append\(([#\w.]+), (:v\d+)\)|:v\d+)/g)) {
        const [, path, expr, , appended] = m;
        const value = appended
          ? [...(getPath(next, path ?? "", names) as unknown[]), ...(values[appended] as unknown[])]
          : values[expr ?? ""];
        setPath(next, path ?? "", names, structuredClone(value));
      }
      for (const path of (removePart ?? "").split(", ").filter(Boolean))
        setPath(next, path, names, undefined);
      this.items.set(keyOf(key), next);
      return {};
    });
    mock.on(DeleteCommand).callsFake((input: DeleteCommandInput) => {
      this.check(keyOf(input.Key ?? {}), input.ConditionExpression, input.ExpressionAttributeValues);
      this.items.delete(keyOf(input.Key ?? {}));
      return {};
    });
    mock.on(QueryCommand).callsFake((input: QueryCommandInput) => this.query(input));
  }

  /** Puts a domain-shaped item as the store would have written it (test setup). */
  seed(item: Item): void {
    this.items.set(keyOf(item), structuredClone(item));
  }

  private check(
    key: string,
    condition: string | undefined,
    values: Record<string, unknown> | undefined,
    returnOld = false,
  ): void {
    const current = this.items.get(key);
    const ok =
      condition === undefined ||
      (condition === "attribute_not_exists(pk)" && current === undefined) ||
      (condition === "#v = :expected" && current !== undefined && current.version === values?.[":expected"]);
    if (!ok) throw conditionFailed(returnOld ? current : undefined);
  }

  private query(input: QueryCommandInput) {
    const values = input.ExpressionAttributeValues ?? {};
    const [hashName, sortName] = input.IndexName === "gsi1" ? ["gsi1pk", "gsi1sk"] : ["gsi2pk", "gsi2sk"];
    const hashValue = input.IndexName === "gsi1" ? values[":owner"] : values[":app"];
    const sortOf = (i: Item) => `${String(i[sortName as string])}|${String(i.pk)}`;
    let rows = [...this.items.values()].filter((i) => i[hashName as string] === hashValue);
    rows.sort((a, b) => (sortOf(a) < sortOf(b) ? -1 : sortOf(a) > sortOf(b) ? 1 : 0));
    if (input.ScanIndexForward === false) rows.reverse();
    const start = input.ExclusiveStartKey;
    if (start) rows = rows.slice(rows.findIndex((i) => i.pk === start.pk) + 1);
    const page = input.Limit ? rows.slice(0, input.Limit) : rows;
    const last = page.at(-1);
    const more = page.length < rows.length && last !== undefined;
    const items = page.filter((i) => !input.FilterExpression || i.status === values[":status"]);
    return {
      Items: items.map((i) => structuredClone(i)),
      ...(more
        ? {
            LastEvaluatedKey: {
              pk: last.pk,
              sk: last.sk,
              [hashName as string]: last[hashName as string],
              [sortName as string]: last[sortName as string],
            },
          }
        : {}),
    };
  }
}

/** The failure DynamoDB answers, with the item the condition found when there is one (ALL_OLD). */
function conditionFailed(current: Item | undefined): ConditionalCheckFailedException {
  return new ConditionalCheckFailedException({
    message: "The conditional request failed",
    $metadata: {},
    ...(current ? { Item: marshall(current, { removeUndefinedValues: true }) } : {}),
  });
}

function getPath(item: Item, path: string, names: Record<string, string>): unknown {
  let at: unknown = item;
  for (const part of path.split(".")) at = (at as Item | undefined)?.[names[part] ?? part];
  return at;
}

function setPath(item: Item, path: string, names: Record<string, string>, value: unknown): void {
  const parts = path.split(".").map((p) => names[p] ?? p);
  const last = parts.pop() as string;
  let at = item;
  for (const part of parts) at = at[part] as Item;
  if (value === undefined) delete at[last];
  else at[last] = value;
}

function keyOf(key: Item): string {
  return `${String(key.pk)}|${String(key.sk)}`;
}
