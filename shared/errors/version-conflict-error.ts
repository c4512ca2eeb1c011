import { ConflictError } from "./app-error.js";

/** The item changed (or appeared, or vanished) between our read and our conditional write. */
export class VersionConflictError extends ConflictError {
  constructor(id: string) {
    super("version_conflict", `Interview ${id} was changed by someone else; try again.`);
  }
}
