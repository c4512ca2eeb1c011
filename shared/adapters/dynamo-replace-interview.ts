import { randomUUID } from "node:crypto";
import { PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { InterviewStore } from "../ports/interview-store.js";
import { conditionalInterviewWrite } from "./conditional-interview-write.js";
import type { InterviewTable } from "./interview-table.js";
import { toItem } from "./stored-interview-item.js";
import { targetedUpdate } from "./targeted-update.js";

/**
 * `InterviewStore.replace` on the table: given the item `next` was computed from, one targeted UpdateItem
 * naming only what changed; otherwise (or when the change is too wide for an expression) a put conditional
 * on the stored version.
 */
export const dynamoReplaceInterview =
  (table: InterviewTable): InterviewStore["replace"] =>
  async (next, expectedVersion, previous) => {
    const item = { ...toItem(next), writeId: randomUUID() };
    const update =
      previous?.id === next.id && previous.version === expectedVersion
        ? targetedUpdate(toItem(previous), item)
        : undefined;
    await conditionalInterviewWrite(
      table,
      next.id,
      () =>
        update
          ? table.client.send(
              new UpdateCommand({
                TableName: table.tableName,
                Key: { pk: item.pk, sk: item.sk },
                ...update,
                ReturnValuesOnConditionCheckFailure: "ALL_OLD",
              }),
            )
          : table.client.send(
              new PutCommand({
                TableName: table.tableName,
                Item: item,
                ConditionExpression: "#v = :expected",
                ExpressionAttributeNames: { "#v": "version" },
                ExpressionAttributeValues: { ":expected": expectedVersion },
                ReturnValuesOnConditionCheckFailure: "ALL_OLD",
              }),
            ),
      item,
    );
  };
