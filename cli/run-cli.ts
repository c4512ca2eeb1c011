import { type CliIo, inboundParseCommand } from "./inbound-parse-command.js";

export const USAGE = `usage: npm run -s cli -- <command>

commands:
  inbound parse <file.eml>   classify one raw message and print what was read from it, as JSON
                             (REPLY_TOKEN_SECRET verifies the token, REPLY_DOMAIN limits tokens to a domain)
`;

/** Dispatches the operator commands; returns the process exit code (2 for a usage error). */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  const [group, command, ...rest] = args;
  if (group === "inbound" && command === "parse" && rest.length === 1 && rest[0]) {
    return inboundParseCommand(rest[0], io);
  }
  io.stderr(USAGE);
  return 2;
}
