import {
  CreateTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  ResourceNotFoundException,
} from "@aws-sdk/client-dynamodb";
import { TABLE_INDEX_NAMES, TABLE_KEYS } from "../shared/adapters/table-design.js";

/** The table as the CDK app defines it (keys and indexes), created in the emulator on first start. */
export async function createLocalTable(client: DynamoDBClient, tableName: string): Promise<void> {
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
    return;
  } catch (err) {
    if (!(err instanceof ResourceNotFoundException)) throw err;
  }
  const keys = (pk: string, sk: string) => [
    { AttributeName: pk, KeyType: "HASH" as const },
    { AttributeName: sk, KeyType: "RANGE" as const },
  ];
  await client.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: "PAY_PER_REQUEST",
      AttributeDefinitions: [
        TABLE_KEYS.partition,
        TABLE_KEYS.sort,
        ...TABLE_INDEX_NAMES.flatMap((index) => [`${index}pk`, `${index}sk`]),
      ].map((name) => ({ AttributeName: name, AttributeType: "S" as const })),
      KeySchema: keys(TABLE_KEYS.partition, TABLE_KEYS.sort),
      GlobalSecondaryIndexes: TABLE_INDEX_NAMES.map((index) => ({
        IndexName: index,
        KeySchema: keys(`${index}pk`, `${index}sk`),
        Projection: { ProjectionType: "ALL" as const },
      })),
    }),
  );
  for (let i = 0; i < 100; i++) {
    const out = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (out.Table?.TableStatus === "ACTIVE") return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Table ${tableName} did not become active`);
}
