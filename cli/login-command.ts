import { apiClient } from "./api-client.js";
import { CliError, usageError } from "./cli-error.js";
import type { Command } from "./command.js";
import { writeSavedLogin } from "./config-file.js";
import { EXIT } from "./exit-codes.js";
import { localApiUrl, localDataDir, localStackFile } from "./local-stack-files.js";
import { stringFlag } from "./parse-command-args.js";
import { normaliseBaseUrl } from "./resolve-connection.js";

const USER = /^[A-Za-z0-9@._+-]{1,128}$/;

export const loginCommand: Command = {
  name: "login",
  summary: "save the API URL and a token for the next commands",
  help: `usage: followup login --url URL --token JWT|-
       followup login --local USER [--data-dir DIR] [--url URL]

Checks the token against the API (GET /usage) and saves the URL and token in your config dir
(FOLLOWUP_CONFIG, else $XDG_CONFIG_HOME/followup/config.json, else ~/.config/followup/config.json),
readable by you only (0600). A token the API refuses is not saved (exit 3). --url and --token on a
command, or FOLLOWUP_URL and FOLLOWUP_TOKEN, win over what is saved.

  --url URL         the API's base URL (with --local: default FOLLOWUP_URL, else http://127.0.0.1:$PORT or 3000)
  --token JWT|-     the bearer token; - reads it from standard input (keeps it out of your shell history)
  --local USER      local stack only: sign a 7-day token for USER with the stack's own key, as
                    \`npm run token\` does (1-128 letters, digits or @._+-)
  --data-dir DIR    the local stack's data dir (default FOLLOWUP_DATA_DIR, else .data)`,
  options: {
    url: { type: "string" },
    token: { type: "string" },
    local: { type: "string" },
    "data-dir": { type: "string" },
  },
  positionals: { min: 0, max: 0 },
  usesApi: false,
  async run(ctx) {
    const { io, values } = ctx;
    const local = stringFlag(values, "local");
    let token = stringFlag(values, "token");
    let rawUrl = stringFlag(values, "url");
    if (local !== undefined) {
      if (token !== undefined) throw usageError("login: --local signs its own token; leave out --token");
      if (!USER.test(local)) throw usageError("login: --local USER must be 1-128 letters, digits or @._+-");
      const dataDir = localDataDir(stringFlag(values, "data-dir"), io);
      localStackFile(dataDir, "jwt-signing-key.json");
      // Local only, so loaded only here.
      const { LocalJwt } = await import("../local/local-jwt.js");
      token = await (await LocalJwt.open(dataDir)).sign(local);
      rawUrl ??= localApiUrl(io);
    } else {
      if (rawUrl === undefined || token === undefined)
        throw usageError("login: pass --url and --token (or --local USER); see `followup login --help`");
      if (token === "-") {
        if (!io.readStdin) throw usageError("login: no standard input to read the token from");
        token = (await io.readStdin()).trim();
      }
      if (!token) throw usageError("login: the token is empty");
    }
    const url = normaliseBaseUrl(rawUrl, "--url");
    let checked = true;
    try {
      const client = apiClient(
        { url, token },
        { ...(io.fetch ? { fetch: io.fetch } : {}), ...(io.sleep ? { sleep: io.sleep } : {}) },
      );
      await client("GET", "/usage");
    } catch (err) {
      if (!(err instanceof CliError) || err.exitCode !== EXIT.network) throw err;
      checked = false;
      io.stderr(`warning: ${err.message}; saved without checking the token\n`);
    }
    const file = writeSavedLogin(io.env, { url, token });
    io.stdout(
      `${checked ? "Logged in" : "Saved"}${local ? ` as ${local}` : ""} at ${url} (saved in ${file}).\n`,
    );
    return 0;
  },
};
