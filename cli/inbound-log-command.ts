import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { DynamoInboundLog } from "../shared/adapters/dynamo-inbound-log.js";
import type { CliIo } from "./inbound-parse-command.js";

/** The local stack keeps its own clock (it can be advanced): its "today" is what the log is filed under. */
function localStackNow(io: CliIo): Date {
  try {
    const file = join(io.env.FOLLOWUP_DATA_DIR || ".data", "clock.json");
    const { offsetMs } = JSON.parse(readFileSync(file, "utf8")) as { offsetMs?: unknown };
    if (typeof offsetMs === "number" && Number.isFinite(offsetMs))
      return new Date(io.now().getTime() + offsetMs);
  } catch {
    // No clock file: the stack's clock was never moved.
  }
  return io.now();
}

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
  const day = values.day ?? (values.local ? localStackNow(io) : io.now()).toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) {
    io.stderr("--day must be a date as YYYY-MM-DD\n");
    return 2;
  }
  const limit = Number(values.limit ?? "50");
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
    io.stderr("--limit must be a whole number from 1 to 1000\n");
    return 2;
  }
  const tableName = values.local ? "followups" : io.env.TABLE_NAME;
  if (!tableName) {
    io.stderr("Set TABLE_NAME (and your AWS settings), or pass --local for the local stack.\n");
    return 2;
  }
  const client = new DynamoDBClient(
    values.local
      ? {
          region: "us-east-1",
          endpoint: `http://127.0.0.1:${io.env.DYNAMODB_PORT || "8000"}`,
          credentials: { accessKeyId: "local", secretAccessKey: "local" },
          maxAttempts: 1,
        }
      : { maxAttempts: 2 },
  );
  try {
    const entries = await new DynamoInboundLog(DynamoDBDocumentClient.from(client), tableName).day(
      day,
      limit,
    );
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
  } finally {
    client.destroy();
  }
}
