import { ERROR_CODE_NAMES, ERROR_CODES } from "../errors/error-codes.js";
import { ERROR_HTTP } from "./error-http-table.js";

/**
 * The catalogue of error codes as the Markdown table the README shows clients, ordered by status: the
 * README's copy is checked against it, so the two cannot drift (error-code-table.test.ts prints the table
 * to paste when they differ).
 */
export function errorCodeTable(): string {
  const rows = [...ERROR_CODE_NAMES]
    .sort((a, b) => ERROR_HTTP[a].status - ERROR_HTTP[b].status)
    .map((code) => {
      const http = ERROR_HTTP[code];
      const status = http.retryAfter === undefined ? `${http.status}` : `${http.status} + Retry-After`;
      return `| \`${code}\` | ${status} | ${ERROR_CODES[code]} |`;
    });
  return ["| code | HTTP | meaning |", "|---|---|---|", ...rows].join("\n");
}
