import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { Interview } from "../domain/interview.js";
import type { InterviewStore } from "../ports/interview-store.js";
import { type InterviewTable, storeCall } from "./interview-table.js";
import { applicationPartitionKey, fromItem } from "./stored-interview-item.js";
import { TABLE_INDEXES } from "./table-design.js";

/** `InterviewStore.listByApplication` on the table: every page of the application index's partition. */
export const dynamoListByApplication =
  (table: InterviewTable): InterviewStore["listByApplication"] =>
  async (owner, key) => {
    const items: Interview[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const out = await storeCall(() =>
        table.client.send(
          new QueryCommand({
            TableName: table.tableName,
            IndexName: TABLE_INDEXES.application,
            KeyConditionExpression: "gsi2pk = :app",
            ExpressionAttributeValues: { ":app": applicationPartitionKey(owner, key) },
            ExclusiveStartKey: start,
          }),
        ),
      );
      items.push(...(out.Items ?? []).map(fromItem));
      start = out.LastEvaluatedKey;
    } while (start);
    return items;
  };
