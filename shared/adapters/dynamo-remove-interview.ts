import { DeleteCommand } from "@aws-sdk/lib-dynamodb";
import type { InterviewStore } from "../ports/interview-store.js";
import { conditionalInterviewWrite } from "./conditional-interview-write.js";
import type { InterviewTable } from "./interview-table.js";
import { interviewKey } from "./stored-interview-item.js";

/** `InterviewStore.remove` on the table: a delete conditional on the stored version. */
export const dynamoRemoveInterview =
  (table: InterviewTable): InterviewStore["remove"] =>
  async (id, expectedVersion) => {
    await conditionalInterviewWrite(table, id, () =>
      table.client.send(
        new DeleteCommand({
          TableName: table.tableName,
          Key: interviewKey(id),
          ConditionExpression: "#v = :expected",
          ExpressionAttributeNames: { "#v": "version" },
          ExpressionAttributeValues: { ":expected": expectedVersion },
        }),
      ),
    );
  };
