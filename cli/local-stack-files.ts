import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { usageError } from "./cli-error.js";
import type { CliIo } from "./cli-io.js";

/** The local stack's data dir: --data-dir, else FOLLOWUP_DATA_DIR, else .data (as `npm start` uses). */
export function localDataDir(flag: string | undefined, io: Pick<CliIo, "env">): string {
  return resolve(flag || io.env.FOLLOWUP_DATA_DIR || ".data");
}

/** The local API's URL: FOLLOWUP_URL, else 127.0.0.1 on PORT (3000), as `npm start` prints it. */
export function localApiUrl(io: Pick<CliIo, "env">): string {
  return io.env.FOLLOWUP_URL || `http://127.0.0.1:${io.env.PORT || "3000"}`;
}

/** A file the local stack wrote under its data dir; a clear usage error when the stack never ran there. */
export function localStackFile(dataDir: string, name: string): string {
  const file = join(dataDir, name);
  if (!existsSync(file))
    throw usageError(
      `no local stack in ${dataDir} (${name} is missing): start it with \`npm start\`, or pass --data-dir`,
    );
  return file;
}

/** The HMAC key the local stack signs reply, unsubscribe and manage links with. */
export function localReplyTokenSecret(dataDir: string): string {
  return readFileSync(localStackFile(dataDir, "reply-token.secret"), "utf8").trim();
}
