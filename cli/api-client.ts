import { randomUUID } from "node:crypto";
import { CliError } from "./cli-error.js";
import { describeApiError } from "./describe-api-error.js";
import { EXIT } from "./exit-codes.js";
import type { Connection } from "./resolve-connection.js";

export interface ApiRequest {
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  /** Sends an Idempotency-Key, so that a request the server did get is not done twice if retried. */
  idempotent?: boolean;
  /** Whether to send the bearer token (public routes such as a manage link need none). */
  auth?: boolean;
}

export type ApiClient = <T>(method: string, path: string, request?: ApiRequest) => Promise<T>;

const DEFAULT_TIMEOUT_MS = 30_000;

/** Why a request never got an answer, in words a person can act on. */
export function describeNetworkError(err: unknown, url: string): string {
  const e = err as {
    name?: string;
    message?: string;
    cause?: { code?: string; message?: string; errors?: { code?: string }[] };
  };
  if (e.name === "TimeoutError" || e.name === "AbortError") return `no answer from ${url} in time`;
  const code = e.cause?.code ?? e.cause?.errors?.[0]?.code;
  const why: Record<string, string> = {
    ECONNREFUSED: "connection refused (is the server running?)",
    ECONNRESET: "the connection was reset",
    ENOTFOUND: "no such host",
    EAI_AGAIN: "the host name could not be resolved",
    ETIMEDOUT: "the connection timed out",
    EHOSTUNREACH: "the host is unreachable",
  };
  return `cannot reach ${url}: ${(code && why[code]) || code || e.cause?.message || e.message || "network error"}`;
}

/**
 * The public HTTP API as the CLI uses it: JSON in and out, the bearer token, and every failure turned into
 * a CliError with a meaningful exit code (3 for a refused token, 4 for no answer, 1 for any other error).
 */
export function apiClient(
  connection: Connection,
  options: { fetch?: typeof fetch; timeoutMs?: number } = {},
): ApiClient {
  const doFetch = options.fetch ?? fetch;
  return async <T>(method: string, path: string, request: ApiRequest = {}): Promise<T> => {
    const url = new URL(`${connection.url}${path}`);
    for (const [k, v] of Object.entries(request.query ?? {}))
      if (v !== undefined) url.searchParams.set(k, String(v));
    const headers: Record<string, string> = { accept: "application/json" };
    if (request.auth !== false) headers.authorization = `Bearer ${connection.token}`;
    if (request.body !== undefined) headers["content-type"] = "application/json";
    if (request.idempotent) headers["idempotency-key"] = randomUUID();
    let res: Response;
    let text: string;
    try {
      res = await doFetch(url, {
        method,
        headers,
        ...(request.body !== undefined ? { body: JSON.stringify(request.body) } : {}),
        signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
      });
      text = await res.text();
    } catch (err) {
      throw new CliError(EXIT.network, describeNetworkError(err, connection.url));
    }
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    if (res.status === 401 || res.status === 403) {
      throw new CliError(
        EXIT.auth,
        `${describeApiError(res.status, body)}; run \`followup login\` for a new token`,
      );
    }
    if (!res.ok)
      throw new CliError(EXIT.api, describeApiError(res.status, body, res.headers.get("retry-after")));
    if (body === undefined)
      throw new CliError(EXIT.api, `the API answered HTTP ${res.status} without a JSON body`);
    return body as T;
  };
}
