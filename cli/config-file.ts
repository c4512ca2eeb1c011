import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { usageError } from "./cli-error.js";
import { loginHint } from "./login-hint.js";

export interface SavedLogin {
  url?: string;
  token?: string;
}

/**
 * Where `followup login` keeps the API URL and token: FOLLOWUP_CONFIG if set, else the user's config dir
 * (XDG_CONFIG_HOME, %APPDATA% on Windows, ~/.config) under followup/config.json.
 */
export function configPath(env: Record<string, string | undefined>): string {
  if (env.FOLLOWUP_CONFIG) return env.FOLLOWUP_CONFIG;
  const base =
    env.XDG_CONFIG_HOME || (process.platform === "win32" && env.APPDATA) || join(homedir(), ".config");
  return join(base, "followup", "config.json");
}

/** The saved login, or nothing when there is no file; a damaged file is a clear usage error. */
export function readSavedLogin(env: Record<string, string | undefined>): SavedLogin {
  const file = configPath(env);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return {};
    throw usageError(`cannot read ${file}: ${(err as Error).message}`);
  }
  try {
    const parsed = JSON.parse(text) as unknown;
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error();
    const { url, token } = parsed as Record<string, unknown>;
    return {
      ...(typeof url === "string" ? { url } : {}),
      ...(typeof token === "string" ? { token } : {}),
    };
  } catch {
    throw usageError(`${file} is not a saved login: delete it, or log in again: ${loginHint()}`);
  }
}

/** Saves the login readable by the user only (the token is a credential): 0600 in a 0700 directory. */
export function writeSavedLogin(env: Record<string, string | undefined>, login: SavedLogin): string {
  const file = configPath(env);
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  writeFileSync(file, `${JSON.stringify(login, null, 2)}\n`, { mode: 0o600 });
  // writeFileSync keeps the mode of a file that already existed.
  chmodSync(file, 0o600);
  return file;
}

export function removeSavedLogin(env: Record<string, string | undefined>): string {
  const file = configPath(env);
  rmSync(file, { force: true });
  return file;
}
