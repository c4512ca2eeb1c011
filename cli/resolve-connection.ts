import { CliError, usageError } from "./cli-error.js";
import type { CliIo } from "./cli-io.js";
import { readSavedLogin } from "./config-file.js";
import { EXIT } from "./exit-codes.js";
import { loginHint } from "./login-hint.js";

export interface Connection {
  url: string;
  token: string;
}

/** A base URL the client can append paths to: http(s) only, no trailing slash. */
export function normaliseBaseUrl(raw: string, source: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw usageError(`${source} is not a URL: ${raw}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw usageError(`${source} must be an http or https URL: ${raw}`);
  return url.href.replace(/\/+$/, "");
}

/**
 * Flags win over the environment (FOLLOWUP_URL, FOLLOWUP_TOKEN), which wins over `followup login`. The
 * saved token is only ever sent to the URL it was saved for: pointing --url elsewhere needs its own token.
 */
export function resolveConnection(
  flags: { url?: string | undefined; token?: string | undefined },
  io: Pick<CliIo, "env">,
): Connection {
  const saved = flags.url && flags.token ? {} : readSavedLogin(io.env);
  const [rawUrl, urlSource] = flags.url
    ? [flags.url, "--url"]
    : io.env.FOLLOWUP_URL
      ? [io.env.FOLLOWUP_URL, "FOLLOWUP_URL"]
      : [saved.url, "the saved login's url"];
  if (!rawUrl) {
    // With a token at hand only the URL is missing (a usage slip); with neither, nobody is logged in.
    if (flags.token || io.env.FOLLOWUP_TOKEN) throw usageError("no API URL: pass --url or set FOLLOWUP_URL");
    throw new CliError(EXIT.auth, `not logged in: ${loginHint()}, or pass --url and --token`);
  }
  const url = normaliseBaseUrl(rawUrl, urlSource);
  const savedToken =
    saved.token && saved.url && normaliseBaseUrl(saved.url, "the saved login's url") === url
      ? saved.token
      : undefined;
  const token = flags.token || io.env.FOLLOWUP_TOKEN || savedToken;
  if (!token) {
    const elsewhere = saved.token && !savedToken ? ` (the saved login is for ${saved.url})` : "";
    throw new CliError(
      EXIT.auth,
      `not logged in to ${url}${elsewhere}: ${loginHint(url)}, or pass --token, or set FOLLOWUP_TOKEN`,
    );
  }
  return { url, token: token.trim() };
}
