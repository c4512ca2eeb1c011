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
} from "@aws-sdk/lib-dynamodb";
import type { AwsClientStub } from "aws-sdk-client-mock";

type Item = Record<string, unknown>;

/**
 * Just enough of the single table, behind an aws-sdk-client-mock stub, for handler tests to run a use case
 * end to end: items by pk/sk, the two conditions the store writes, and the owner and application indexes.
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
      this.check(keyOf(item), input.ConditionExpression, input.ExpressionAttributeValues);
      this.items.set(keyOf(item), structuredClone(item));
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
  ): void {
    const current = this.items.get(key);
    const ok =
      condition === undefined ||
      (condition === "attribute_not_exists(pk)" && current === undefined) ||
      (condition === "#v = :expected" && current !== undefined && current.version === values?.[":expected"]);
    if (!ok)
      throw new ConditionalCheckFailedException({ message: "The conditional request failed", $metadata: {} });
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

function keyOf(key: Item): string {
  return `${String(key.pk)}|${String(key.sk)}`;
}
