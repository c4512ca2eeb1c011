/**
 * What the `followup` command's exit status means, so scripts can tell a refusal from a typo, a bad token
 * or a server that is down. Documented in README ("Command line").
 */
export const EXIT = {
  /** Done. */
  ok: 0,
  /** The API answered with an error (bad input, not found, conflict, quota, 5xx). */
  api: 1,
  /** The command line itself was wrong: unknown command or flag, missing argument, unreadable file. */
  usage: 2,
  /** Not logged in (no token; no URL either, as after `logout`), or the API refused the token (401/403). */
  auth: 3,
  /** The API could not be reached (refused, reset, DNS, timeout). */
  network: 4,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
