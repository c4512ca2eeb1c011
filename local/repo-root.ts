import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root, for finding function entry files by the paths API_ROUTES gives. */
export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
