import { usageError } from "./cli-error.js";
import type { Command } from "./command.js";

/** `inbound parse|log`: the operator's look at inbound mail; each subcommand reads its own flags. */
export const inboundCommand: Command = {
  name: "inbound",
  summary: "inbound mail: `parse FILE.eml` (how a message is read), `log` (what became of a day's mail)",
  help: `usage: followup inbound parse <file.eml>
       followup inbound log [--day YYYY-MM-DD] [--limit N] [--json] [--local]

  parse   classify one raw message and print what was read from it, as JSON
          (REPLY_TOKEN_SECRET verifies the token, REPLY_DOMAIN limits tokens to a domain)
  log     what became of the inbound messages of one UTC day, newest first
          (TABLE_NAME and your AWS settings; --local reads the local stack)`,
  options: {},
  positionals: { min: 0, max: Number.POSITIVE_INFINITY },
  usesApi: false,
  passThrough: true,
  async run(ctx) {
    const [sub, ...rest] = ctx.positionals;
    // Loaded on use: the MIME parser and the DynamoDB client are heavy, and no other command needs them.
    if (sub === "parse" && rest.length === 1 && rest[0] && !rest[0].startsWith("-"))
      return (await import("./inbound-parse-command.js")).inboundParseCommand(rest[0], ctx.io);
    if (sub === "log") return (await import("./inbound-log-command.js")).inboundLogCommand(rest, ctx.io);
    throw usageError("inbound: use `inbound parse FILE.eml` or `inbound log`; see `followup inbound --help`");
  },
};
