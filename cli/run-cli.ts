import type { ApiClient, ApiClientOptions } from "./api-client.js";
import { apiClient } from "./api-client.js";
import { CliError } from "./cli-error.js";
import type { CliIo } from "./cli-io.js";
import { COMMANDS } from "./commands.js";
import { EXIT } from "./exit-codes.js";
import { paint } from "./paint.js";
import { parseCommandArgs, stringFlag } from "./parse-command-args.js";
import { normaliseBaseUrl, resolveConnection } from "./resolve-connection.js";
import { useColour } from "./use-colour.js";

export const USAGE = `usage: followup <command> [flags]     (in this repository: npm run -s cli -- <command>)

commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(9)} ${c.summary}`).join("\n")}

\`followup <command> --help\` says more. The API's URL and token come from --url/--token, else
FOLLOWUP_URL/FOLLOWUP_TOKEN, else \`followup login\`. NO_COLOR turns colours off.

exit codes: 0 ok, 1 the API answered with an error, 2 usage (bad command, flag or file),
            3 no token or the API refused it, 4 the API could not be reached
`;

/** Runs one `followup` command line; returns the exit code. Errors are one line on stderr, never a stack. */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = args;
  if (name === "--help" || name === "-h" || name === "help") {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    if (name !== undefined) io.stderr(`followup: unknown command "${name}"\n`);
    io.stderr(USAGE);
    return EXIT.usage;
  }
  try {
    const parsed = command.passThrough
      ? rest.includes("--help") || rest.includes("-h")
        ? ({ help: true } as const)
        : ({ help: false, values: {}, positionals: rest } as const)
      : parseCommandArgs(command, rest);
    if (parsed.help) {
      io.stdout(`${command.help}\n`);
      return EXIT.ok;
    }
    let api: ApiClient | undefined;
    const clientOptions: ApiClientOptions = {
      ...(io.fetch ? { fetch: io.fetch } : {}),
      ...(io.sleep ? { sleep: io.sleep } : {}),
      onRetry: (text) => {
        if (io.stderrIsTTY) io.stderr(`${text}...\n`);
      },
    };
    return await command.run({
      io,
      values: parsed.values,
      positionals: parsed.positionals,
      paint: paint(useColour(io)),
      api: () => {
        api ??= apiClient(
          resolveConnection(
            { url: stringFlag(parsed.values, "url"), token: stringFlag(parsed.values, "token") },
            io,
          ),
          clientOptions,
        );
        return api;
      },
      linkApi: (baseUrl) =>
        apiClient({ url: normaliseBaseUrl(baseUrl, "the link"), token: "" }, clientOptions),
    });
  } catch (err) {
    if (err instanceof CliError) {
      io.stderr(`followup: ${err.message}\n`);
      return err.exitCode;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.stderr(`followup: unexpected error: ${message.split("\n")[0]}\n`);
    return EXIT.api;
  }
}
