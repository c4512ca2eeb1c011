import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { dynamoCopySuppressionMarks } from "../shared/adapters/dynamo-copy-suppression-marks.js";

/** Written in the data dir once the copy has gone through: every later start skips it. */
export const SUPPRESSION_MARKS_COPIED_FILE = "suppression-marks-copied";

/**
 * The one-time copy of older suppressions onto the owner's record (`npm run migrate:suppression-marks` in
 * AWS), run once per data dir: a `.data/` of an older version may hold suppressions without their mark, and
 * everything written since has its mark already, so the copy (a Scan of the whole table, which grows with
 * the data) needs no second run. The marker is written only after the copy succeeded: a start that failed
 * halfway copies again next time (the copy is idempotent). Resolves whether it ran.
 */
export async function copySuppressionMarksOnce(
  client: DynamoDBClient,
  tableName: string,
  dataDir: string,
): Promise<boolean> {
  const marker = join(dataDir, SUPPRESSION_MARKS_COPIED_FILE);
  if (existsSync(marker)) return false;
  await dynamoCopySuppressionMarks(DynamoDBDocumentClient.from(client), tableName);
  writeFileSync(marker, `${new Date().toISOString()}\n`);
  return true;
}
