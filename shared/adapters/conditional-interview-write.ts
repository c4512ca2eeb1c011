import { unmarshall } from "@aws-sdk/util-dynamodb";
import { ItemTooLargeError } from "../errors/item-too-large-error.js";
import { VersionConflictError } from "../errors/version-conflict-error.js";
import { canonicalJson } from "./canonical-json.js";
import { type InterviewTable, readInterviewItem } from "./interview-table.js";
import { isConditionFailure } from "./is-condition-failure.js";
import { fromItem, type StoredItem } from "./stored-interview-item.js";
import { toDependencyError } from "./to-dependency-error.js";

/** How DynamoDB (and dynalite) word the ValidationException for a write past the 400 KB item limit. */
const ITEM_TOO_LARGE = /item size( to update)? has exceeded the maximum allowed size/i;

/**
 * Runs a conditional write. When its condition fails, the item it found (returned with the failure, else
 * read once) tells our own write (the SDK retried a write whose first attempt had landed, its answer lost
 * to a timeout or reset) from another writer's: only an item identical to `written` is ours. Another
 * writer's item comes back on the `VersionConflictError`, so the caller's next attempt needs no read.
 * Only an identical item counts as ours, `writeId` included: another writer's item of the same version
 * differs at least in its `writeId`, even when both computed the same change (two messages bumping a
 * counter from the same version: taking the other's item for ours would count one bump twice). Without
 * `written` (a delete), a failed condition is a conflict.
 */
export async function conditionalInterviewWrite(
  table: InterviewTable,
  id: string,
  fn: () => Promise<unknown>,
  written?: StoredItem,
): Promise<void> {
  try {
    await fn();
  } catch (err) {
    if (isConditionFailure(err)) {
      const found = err.Item;
      if (found && written) {
        const current = unmarshall(found);
        if (canonicalJson(current) === canonicalJson(written)) return;
        throw new VersionConflictError(id, fromItem(current));
      }
      if (written) {
        const stored = await readInterviewItem(table, id);
        if (stored !== undefined && canonicalJson(stored) === canonicalJson(written)) return;
      }
      throw new VersionConflictError(id);
    }
    // A chain grown past DynamoDB's 400 KB per item is the caller's data, not an outage: a 413 that says
    // so, rather than a bare 500 the client would retry in vain.
    if ((err as Error).name === "ValidationException" && ITEM_TOO_LARGE.test((err as Error).message)) {
      throw new ItemTooLargeError(id, err);
    }
    throw toDependencyError("The interview store", err);
  }
}
