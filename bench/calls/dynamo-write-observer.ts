import {
  DescribeTableCommand,
  DynamoDBClient,
  GetItemCommand,
  type TableDescription,
} from "@aws-sdk/client-dynamodb";
import type { ItemJson } from "./dynamo-item-bytes.js";
import type { IndexShape, ObservedWrite, TableShape } from "./write-units.js";

const WRITES = new Set(["PutItem", "UpdateItem", "DeleteItem"]);

/** The key attributes and global secondary indexes DescribeTable gives. */
export function tableShapeOf(table: TableDescription | undefined): TableShape {
  const keys = (schema: { AttributeName?: string }[] | undefined) =>
    (schema ?? []).map((k) => k.AttributeName).filter((n): n is string => typeof n === "string");
  const indexes = (table?.GlobalSecondaryIndexes ?? []).map((i): IndexShape => {
    const type = i.Projection?.ProjectionType;
    return {
      name: i.IndexName ?? "",
      keys: keys(i.KeySchema),
      projection:
        type === "KEYS_ONLY"
          ? "KEYS_ONLY"
          : type === "INCLUDE"
            ? { include: i.Projection?.NonKeyAttributes ?? [] }
            : "ALL",
    };
  });
  return { keys: keys(table?.KeySchema), indexes };
}

/**
 * Reads the item a DynamoDB write names just before and just after it is forwarded, so that what the write
 * costs (table and indexes) can be worked out as DynamoDB bills it. Writes pass one at a time, so no other
 * write lands between the two reads; reads and other calls pass as they come. For the calls benchmark only:
 * the extra reads are not the handlers' and are not counted.
 */
export class DynamoWriteObserver {
  private readonly client: DynamoDBClient;
  private readonly shapes = new Map<string, Promise<TableShape>>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(endpoint: string) {
    this.client = new DynamoDBClient({
      region: "us-east-1",
      endpoint,
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    });
  }

  async around<T extends { status: number; body: Buffer }>(
    command: string,
    requestBody: string,
    send: () => Promise<T>,
  ): Promise<{ answer: T; write?: ObservedWrite }> {
    if (!WRITES.has(command)) return { answer: await send() };
    const turn = this.queue.then(() => this.observe(requestBody, send));
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  close(): void {
    this.client.destroy();
  }

  private shape(tableName: string): Promise<TableShape> {
    let shape = this.shapes.get(tableName);
    if (!shape) {
      shape = this.client
        .send(new DescribeTableCommand({ TableName: tableName }))
        .then((out) => tableShapeOf(out.Table));
      this.shapes.set(tableName, shape);
    }
    return shape;
  }

  private async observe<T extends { status: number; body: Buffer }>(
    requestBody: string,
    send: () => Promise<T>,
  ): Promise<{ answer: T; write?: ObservedWrite }> {
    const body = JSON.parse(requestBody) as { TableName: string; Key?: ItemJson; Item?: ItemJson };
    const table = await this.shape(body.TableName);
    const named = body.Key ?? body.Item ?? {};
    const Key = Object.fromEntries(table.keys.map((k) => [k, named[k]])) as Record<string, never>;
    const read = async () =>
      (await this.client.send(new GetItemCommand({ TableName: body.TableName, Key, ConsistentRead: true })))
        .Item as ItemJson | undefined;
    const before = await read();
    const answer = await send();
    const after = await read();
    const outcome =
      answer.status === 200
        ? "applied"
        : answer.body.toString("utf8").includes("ConditionalCheckFailedException")
          ? "conditionFailed"
          : "rejected";
    return { answer, write: { table, before, after, outcome } };
  }
}
