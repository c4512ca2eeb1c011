import type { ParseArgsConfig } from "node:util";
import type { ApiClient } from "./api-client.js";
import type { CliIo } from "./cli-io.js";
import type { Paint } from "./paint.js";

export type OptionSpecs = NonNullable<ParseArgsConfig["options"]>;
export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

export interface CommandContext {
  io: CliIo;
  values: OptionValues;
  positionals: string[];
  /** Styles for stdout: plain unless stdout is a terminal and NO_COLOR is unset. */
  paint: Paint;
  /** The API, from --url/--token, FOLLOWUP_URL/FOLLOWUP_TOKEN or the saved login (built on first use). */
  api: () => ApiClient;
  /** The API at `baseUrl` without a token, for the public routes behind signed links in emails. */
  linkApi: (baseUrl: string) => ApiClient;
}

/** One `followup` command: its help text, its flags, and what it does. */
export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** `followup NAME ...`, then the flags, one per line. */
  help: string;
  options: OptionSpecs;
  /** How many positional arguments it takes. */
  positionals: { min: number; max: number };
  /** Takes --url/--token/--json (commands that talk to the API). */
  usesApi: boolean;
  /** Its arguments go to `run` as they are (as positionals), for commands that parse their own. */
  passThrough?: boolean;
  run: (ctx: CommandContext) => Promise<number>;
}
