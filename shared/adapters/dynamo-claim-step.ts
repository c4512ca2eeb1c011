import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { unmarshall } from "@aws-sdk/util-dynamodb";
import { withClaim, withoutClaim } from "../domain/step-claim.js";
import type { InterviewStore } from "../ports/interview-store.js";
import { type InterviewTable, readInterviewItem } from "./interview-table.js";
import { isConditionFailure } from "./is-condition-failure.js";
import { ATTENTION_KEY, fromItem, interviewKey } from "./stored-interview-item.js";
import { toDependencyError } from "./to-dependency-error.js";

/**
 * `InterviewStore.claimStep` on the table: one UpdateItem naming only the step's claim fields, the version
 * (`+ 1`) and the attention index's keys, with no read before it: the condition is what the sender's read
 * was for (the chain `active`, the step a `chain` step still `scheduled`), and `ReturnValues: ALL_OLD`
 * hands back the item the claim was written on, to decide on. The attention sort key becomes the claim's
 * time unless the item is already there earlier; one there later (an `unscheduled` step planned after now)
 * makes the claim fail instead, so that the stored keys are always what `toItem` computes for the claimed
 * item.
 */
export const dynamoClaimStep =
  (table: InterviewTable): InterviewStore["claimStep"] =>
  async (claim) => {
    const since = `${claim.claimedAt}#${claim.interviewId}`;
    const step = "#steps.#step";
    try {
      const out = await table.client.send(
        new UpdateCommand({
          TableName: table.tableName,
          Key: interviewKey(claim.interviewId),
          UpdateExpression: [
            `SET ${step}.#status = :sending, ${step}.#claimedAt = :at, ${step}.#claimId = :claimId`,
            `${step}.#dispatchBy = :dispatchBy, ${step}.#updatedAt = :at, #version = #version + :one`,
            "#g3pk = :attention, #g3sk = if_not_exists(#g3sk, :since)",
          ].join(", "),
          ConditionExpression: [
            "attribute_exists(pk) AND #status = :active AND",
            `${step}.#phase = :chain AND ${step}.#status = :scheduled AND`,
            "(attribute_not_exists(#g3sk) OR #g3sk <= :since)",
          ].join(" "),
          ExpressionAttributeNames: {
            "#steps": "steps",
            "#step": claim.stepId,
            "#status": "status",
            "#claimedAt": "claimedAt",
            "#claimId": "claimId",
            "#dispatchBy": "dispatchBy",
            "#updatedAt": "updatedAt",
            "#version": "version",
            "#phase": "phase",
            "#g3pk": "gsi3pk",
            "#g3sk": "gsi3sk",
          },
          ExpressionAttributeValues: {
            ":sending": "sending",
            ":at": claim.claimedAt,
            ":claimId": claim.claimId,
            ":dispatchBy": claim.dispatchBy,
            ":one": 1,
            ":attention": ATTENTION_KEY,
            ":since": since,
            ":active": "active",
            ":chain": "chain",
            ":scheduled": "scheduled",
          },
          ReturnValues: "ALL_OLD",
          ReturnValuesOnConditionCheckFailure: "ALL_OLD",
        }),
      );
      if (!out.Attributes) throw new Error("the claim's answer carried no item");
      const before = fromItem(out.Attributes);
      return { claimed: true, before, after: withClaim(before, claim) };
    } catch (err) {
      if (!isConditionFailure(err)) throw toDependencyError("The interview store", err);
      const returned = err.Item;
      // Where the failure carries no item (the local emulator), one read tells what the condition found.
      const found = returned ? unmarshall(returned) : await readInterviewItem(table, claim.interviewId);
      if (!found) return { claimed: false };
      const current = fromItem(found);
      const s = current.steps.find((x) => x.id === claim.stepId);
      // Our own claim, landed by an attempt whose answer was lost: the SDK's retry found it.
      if (s?.status === "sending" && s.claimId === claim.claimId)
        return { claimed: true, before: withoutClaim(current, claim.stepId), after: current };
      return { claimed: false, current };
    }
  };
