import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { DocumentClient } from "./document-client.js";
import { interviewKey } from "./stored-interview-item.js";
import { toDependencyError } from "./to-dependency-error.js";

/** The table the interview store's operations work on: each operation is built from it alone. */
export interface InterviewTable {
  client: DocumentClient;
  tableName: string;
}

/** Runs a store call, turning an outage into the 503-mapped error that names the store. */
export async function storeCall<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw toDependencyError("The interview store", err);
  }
}

/** The interview's item as stored (a consistent read), undefined when there is none. */
export async function readInterviewItem(
  table: InterviewTable,
  id: string,
): Promise<Record<string, unknown> | undefined> {
  const out = await storeCall(() =>
    table.client.send(
      new GetCommand({ TableName: table.tableName, Key: interviewKey(id), ConsistentRead: true }),
    ),
  );
  return out?.Item;
}
