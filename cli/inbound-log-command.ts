import { parseArgs } from "node:util";
import { entryConfig } from "../functions/wiring/entry-config.js";
import { inboundLog } from "../functions/wiring/inbound-log.js";
import { localClientEnvironment, localDataDir } from "../local/local-client-environment.js";
import { localClockOffset } from "../local/local-clock.js";
import type { TableConfig } from "../shared/config/table-config.js";
import type { CliIo } from "./inbound-parse-command.js";

/** What this command reads: the table, like a function of the catalogue that reads only it. */
const COMMAND = { config: ["table"] } as const;

/**
 * `inbound log [--day YYYY-MM-DD] [--limit N] [--json] [--local]`: what became of the inbound messages of
 * one UTC day (default today), newest first: the operator's view of unmatched, forged or rejected mail.
 * Reads TABLE_NAME and the standard AWS settings; `--local` points at the local stack's table instead.
 */
export async function inboundLogCommand(args: string[], io: CliIo): Promise<number> {
  let values: { day?: string; limit?: string; json?: boolean; local?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        day: { type: "string" },
        limit: { type: "string" },
        json: { type: "boolean" },
        local: { type: "boolean" },
      },
      strict: true,
    }));
  } catch (err) {
    io.stderr(`${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
  // The local stack keeps its own clock (it can be advanced): its "today" is what the log is filed under.
  const offsetMs = values.local ? localClockOffset(localDataDir(io.env)) : 0;
  const day = values.day ?? new Date(io.now().getTime() + offsetMs).toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) {
    io.stderr("--day must be a date as YYYY-MM-DD\n");
    return 2;
  }
  const limit = Number(values.limit ?? "50");
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
    io.stderr("--limit must be a whole number from 1 to 1000\n");
    return 2;
  }
  // --local points this process's SDK and table variable at the local stack, as `npm start` does for
  // its handlers; then the same wiring reads the log.
  if (values.local) Object.assign(io.env, localClientEnvironment(io.env));
  let config: TableConfig;
  try {
    config = entryConfig(COMMAND, io.env);
  } catch {
    io.stderr("Set TABLE_NAME (and your AWS settings), or pass --local for the local stack.\n");
    return 2;
  }
  try {
    const entries = await inboundLog(config).day(day, limit);
    if (values.json) {
      io.stdout(`${JSON.stringify(entries, null, 2)}\n`);
      return 0;
    }
    if (entries.length === 0) {
      io.stdout(`No inbound messages on ${day}.\n`);
      return 0;
    }
    for (const e of entries) {
      io.stdout(
        `${e.at}  ${e.result.padEnd(9)} ${(e.kind ?? "-").padEnd(10)} ${(e.from ?? "-").padEnd(28)} ${e.reason}${
          e.subject ? `  "${e.subject}"` : ""
        }\n`,
      );
    }
    return 0;
  } catch (err) {
    io.stderr(`could not read the inbound log: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}
