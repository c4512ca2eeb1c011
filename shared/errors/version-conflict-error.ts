import type { Interview } from "../domain/interview.js";
import { ConflictError } from "./app-error.js";

/** The item changed (or appeared, or vanished) between our read and our conditional write. */
export class VersionConflictError extends ConflictError {
  constructor(
    id: string,
    /**
     * The item as the failed condition found it, when the store says (DynamoDB's
     * `ReturnValuesOnConditionCheckFailure: ALL_OLD`): the next attempt starts from it instead of a read.
     * Undefined when the item is gone or the store did not say.
     */
    readonly current?: Interview,
  ) {
    super("version_conflict", `Interview ${id} was changed by someone else; try again.`);
  }
}
