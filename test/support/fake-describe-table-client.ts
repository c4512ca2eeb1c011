import { type DynamoDBClient, ResourceNotFoundException } from "@aws-sdk/client-dynamodb";

type KeySchema = Array<{ AttributeName: string; KeyType: "HASH" | "RANGE" }>;

/**
 * A DynamoDB client that only answers DescribeTable, from `tables`, and only when the test calls
 * `answer()`: lets a test decide when a table's key schema becomes known.
 */
export function fakeDescribeTableClient(tables: Record<string, KeySchema>) {
  const calls: string[] = [];
  const waiting: Array<() => void> = [];
  const client = {
    send: (command: { input: { TableName: string } }) => {
      const name = command.input.TableName;
      calls.push(name);
      return new Promise((ok, fail) => {
        waiting.push(() => {
          const schema = tables[name];
          if (schema) ok({ Table: { KeySchema: schema } });
          else
            fail(new ResourceNotFoundException({ message: "Requested resource not found", $metadata: {} }));
        });
      });
    },
  } as unknown as DynamoDBClient;
  const answer = async () => {
    for (const w of waiting.splice(0)) w();
    for (let i = 0; i < 20; i++) await Promise.resolve();
  };
  return { client, calls, answer };
}
