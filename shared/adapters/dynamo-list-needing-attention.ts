import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { InterviewPage, InterviewStore } from "../ports/interview-store.js";
import { type InterviewTable, storeCall } from "./interview-table.js";
import { ATTENTION_KEY, fromItem } from "./stored-interview-item.js";
import { TABLE_INDEXES } from "./table-design.js";

/**
 * `InterviewStore.listNeedingAttention` on the table. The attention index is sparse: only interviews the
 * reconciler must look at are in it, those with a step whose schedule could not be created (or moved) and
 * those with a step in flight (`sending`), whose claim a crashed sender may have left behind with no retry
 * to come.
 *
 * The cursor is DynamoDB's own LastEvaluatedKey, as it gave it: it only ever comes back from the same
 * reconciler run that received it, never from a caller, so there is nothing to check it against.
 */
export const dynamoListNeedingAttention =
  (table: InterviewTable): InterviewStore["listNeedingAttention"] =>
  async (limit, cursor) => {
    const out = await storeCall(() =>
      table.client.send(
        new QueryCommand({
          TableName: table.tableName,
          IndexName: TABLE_INDEXES.attention,
          KeyConditionExpression: "gsi3pk = :k",
          ExpressionAttributeValues: { ":k": ATTENTION_KEY },
          Limit: limit,
          ...(cursor ? { ExclusiveStartKey: JSON.parse(cursor) } : {}),
        }),
      ),
    );
    const page: InterviewPage = { items: (out.Items ?? []).map(fromItem) };
    if (out.LastEvaluatedKey) page.cursor = JSON.stringify(out.LastEvaluatedKey);
    return page;
  };
