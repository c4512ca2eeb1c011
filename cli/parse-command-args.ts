import { parseArgs } from "node:util";
import { usageError } from "./cli-error.js";
import type { Command, OptionSpecs, OptionValues } from "./command.js";

/** Flags every API command takes. */
export const API_OPTIONS: OptionSpecs = {
  url: { type: "string" },
  token: { type: "string" },
  json: { type: "boolean" },
};

export const API_OPTIONS_HELP = `connection (every API command):
  --url URL        the API's base URL (else FOLLOWUP_URL, else the saved login)
  --token JWT      bearer token (else FOLLOWUP_TOKEN, else the saved login)
  --json           print the API's JSON answer instead of text`;

export type ParsedArgs = { help: true } | { help: false; values: OptionValues; positionals: string[] };

/** Node's parseArgs with our rules: strict flags, `--help`/`-h` anywhere, messages that name the command. */
export function parseCommandArgs(command: Command, args: string[]): ParsedArgs {
  if (args.includes("--help") || args.includes("-h")) return { help: true };
  let parsed: { values: OptionValues; positionals: string[] };
  try {
    parsed = parseArgs({
      args,
      options: { ...(command.usesApi ? API_OPTIONS : {}), ...command.options },
      allowPositionals: true,
      strict: true,
    }) as { values: OptionValues; positionals: string[] };
  } catch (err) {
    // Node's messages end with advice on "--" that does not apply here; keep the first sentence.
    const first = (err as Error).message.split(/\.\s/)[0]?.replace(/\.$/, "");
    throw usageError(`${command.name}: ${first}; see \`followup ${command.name} --help\``);
  }
  const { min, max } = command.positionals;
  const n = parsed.positionals.length;
  if (n < min || n > max) {
    const want = min === max ? `${min}` : `${min} to ${max}`;
    throw usageError(
      `${command.name}: takes ${want} argument${max === 1 ? "" : "s"}, got ${n}; see \`followup ${command.name} --help\``,
    );
  }
  return { help: false, ...parsed };
}

/** The word that clears an optional field (`edit`) or asks for nothing (a greeting flag). */
export const NONE = "none";

export function stringFlag(values: OptionValues, name: string): string | undefined {
  const v = values[name];
  return typeof v === "string" ? v : undefined;
}

export function stringFlags(values: OptionValues, name: string): string[] {
  const v = values[name];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === "string");
  return typeof v === "string" ? [v] : [];
}
