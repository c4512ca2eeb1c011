import { QueryCommand, type QueryCommandInput } from "@aws-sdk/lib-dynamodb";
import type { InterviewPage, InterviewStore } from "../ports/interview-store.js";
import { type InterviewTable, storeCall } from "./interview-table.js";
import { decodeOwnerPageCursor, encodeOwnerPageCursor } from "./owner-page-cursor.js";
import { fromItem, ownerKey } from "./stored-interview-item.js";
import { TABLE_INDEXES } from "./table-design.js";

/** `InterviewStore.listByOwner` on the table: one page of the owner index, newest first. */
export const dynamoListByOwner =
  (table: InterviewTable): InterviewStore["listByOwner"] =>
  async (owner, options) => {
    const input: QueryCommandInput = {
      TableName: table.tableName,
      IndexName: TABLE_INDEXES.owner,
      KeyConditionExpression: "gsi1pk = :owner",
      ExpressionAttributeValues: { ":owner": ownerKey(owner) },
      ScanIndexForward: false,
      Limit: options.limit,
    };
    if (options.cursor) input.ExclusiveStartKey = decodeOwnerPageCursor(options.cursor, owner);
    if (options.status) {
      input.FilterExpression = "#status = :status";
      input.ExpressionAttributeNames = { "#status": "status" };
      input.ExpressionAttributeValues = { ...input.ExpressionAttributeValues, ":status": options.status };
    }
    const out = await storeCall(() => table.client.send(new QueryCommand(input)));
    const page: InterviewPage = { items: (out.Items ?? []).map(fromItem) };
    if (out.LastEvaluatedKey) page.cursor = encodeOwnerPageCursor(out.LastEvaluatedKey);
    return page;
  };
