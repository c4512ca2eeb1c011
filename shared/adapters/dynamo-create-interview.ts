import { randomUUID } from "node:crypto";
import { PutCommand } from "@aws-sdk/lib-dynamodb";
import type { InterviewStore } from "../ports/interview-store.js";
import { conditionalInterviewWrite } from "./conditional-interview-write.js";
import type { InterviewTable } from "./interview-table.js";
import { toItem } from "./stored-interview-item.js";

/** `InterviewStore.create` on the table: a put conditional on no item with that key. */
export const dynamoCreateInterview =
  (table: InterviewTable): InterviewStore["create"] =>
  async (interview) => {
    const item = { ...toItem(interview), writeId: randomUUID() };
    await conditionalInterviewWrite(
      table,
      interview.id,
      () =>
        table.client.send(
          new PutCommand({
            TableName: table.tableName,
            Item: item,
            ConditionExpression: "attribute_not_exists(pk)",
            ReturnValuesOnConditionCheckFailure: "ALL_OLD",
          }),
        ),
      item,
    );
  };
