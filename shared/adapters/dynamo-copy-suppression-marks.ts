import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import type { DocumentClient } from "./document-client.js";
import { markSuppression } from "./mark-suppression.js";
import { toDependencyError } from "./to-dependency-error.js";

const PREFIX = "SUPPRESSION#";

/**
 * The one-time step after deploying the owner-record gate: every `SUPPRESSION#` item written before it gets
 * its mark on the owner's record (`s#<address>` = its reason, `version` bumped), exactly as `suppress()`
 * writes it now, since the sender reads only the mark. Idempotent (the first reason is kept), so it may run
 * again, and the local stack runs it once per data dir (a `.data/` of an older version). Resolves the number
 * of suppressions seen.
 */
export async function dynamoCopySuppressionMarks(client: DocumentClient, tableName: string): Promise<number> {
  let seen = 0;
  let start: Record<string, unknown> | undefined;
  try {
    do {
      const page = await client.send(
        new ScanCommand({
          TableName: tableName,
          FilterExpression: "begins_with(pk, :p)",
          ExpressionAttributeValues: { ":p": PREFIX },
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      for (const item of page.Items ?? []) {
        const { pk, sk, reason } = item as { pk: string; sk: string; reason?: string };
        await markSuppression(
          client,
          tableName,
          decodeURIComponent(pk.slice(PREFIX.length)),
          sk,
          reason ?? "unsubscribed",
        );
        seen++;
      }
      start = page.LastEvaluatedKey;
    } while (start);
  } catch (err) {
    throw toDependencyError("The suppression list", err);
  }
  return seen;
}
