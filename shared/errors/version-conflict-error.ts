import { AppError } from "./app-error.js";

/** The item changed (or appeared, or vanished) between our read and our conditional write. */
export class VersionConflictError extends AppError {
  constructor(id: string) {
    super("version_conflict", 409, `Interview ${id} was changed by someone else; try again.`);
  }
}
