import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root: Lambda entries in API_ROUTES and the lock file are relative to it. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
