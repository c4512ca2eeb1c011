import { inboundLogCommand } from "./inbound-log-command.js";
import { type CliIo, inboundParseCommand } from "./inbound-parse-command.js";

export const USAGE = `usage: npm run -s cli -- <command>

commands:
  inbound parse <file.eml>   classify one raw message and print what was read from it, as JSON
                             (REPLY_TOKEN_SECRET verifies the token, REPLY_DOMAIN limits tokens to a domain)
  inbound log [--day YYYY-MM-DD] [--limit N] [--json] [--local]
                             what became of the inbound messages of one UTC day, newest first
                             (TABLE_NAME and your AWS settings; --local reads the local stack)
`;

/** Dispatches the operator commands; returns the process exit code (2 for a usage error). */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  const [group, command, ...rest] = args;
  if (group === "inbound" && command === "parse" && rest.length === 1 && rest[0]) {
    return inboundParseCommand(rest[0], io);
  }
  if (group === "inbound" && command === "log") return inboundLogCommand(rest, io);
  io.stderr(USAGE);
  return 2;
}
