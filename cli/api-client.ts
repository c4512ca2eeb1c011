import { randomUUID } from "node:crypto";
import { CliError } from "./cli-error.js";
import { describeApiError } from "./describe-api-error.js";
import { EXIT } from "./exit-codes.js";
import { loginHint } from "./login-hint.js";
import type { Connection } from "./resolve-connection.js";

export interface ApiRequest {
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  /** Sends an Idempotency-Key, so that a request the server did get is not done twice if retried. */
  idempotent?: boolean;
  /** Safe to send again although not a GET (a preview stores nothing). */
  retry?: boolean;
  /** Whether to send the bearer token (public routes such as a manage link need none). */
  auth?: boolean;
  /** A 204 without a body is a success (answers undefined) rather than an error. */
  allowEmpty?: boolean;
  /** Sent as `If-Match`: the change applies only to the interview whose ETag this still is (else 412). */
  ifMatch?: string;
  /** Handed the headers of the successful answer (an interview's `ETag`). */
  onHeaders?: (headers: Headers) => void;
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

/** Attempts of a request that is safe to repeat (a read, or a write with an Idempotency-Key). */
const MAX_ATTEMPTS = 3;
/** The longest the CLI waits before trying again, whatever Retry-After asks. */
const MAX_WAIT_S = 10;

export interface ApiClientOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Told before each retry (the CLI shows it as a progress line). */
  onRetry?: (text: string) => void;
}

/** The connection broke or timed out after the request may have left: worth one more try if it is safe. */
function isTransient(err: unknown): boolean {
  const e = err as { name?: string; cause?: { code?: string } };
  if (e.name === "TimeoutError" || e.name === "AbortError") return true;
  return ["ECONNRESET", "EPIPE", "UND_ERR_SOCKET", "ETIMEDOUT"].includes(e.cause?.code ?? "");
}

/** Seconds to wait before trying again: the server's Retry-After, bounded; else a short pause. */
function waitSeconds(retryAfter: string | null): number {
  const n = retryAfter && /^\d+$/.test(retryAfter) ? Number(retryAfter) : 2;
  return Math.min(Math.max(n, 1), MAX_WAIT_S);
}

/**
 * The public HTTP API as the CLI uses it: JSON in and out, the bearer token, and every failure turned into
 * a CliError with a meaningful exit code (3 for a refused token, 4 for no answer, 1 for any other error).
 * A request that is safe to repeat (a read, a write with an Idempotency-Key, `retry`) is tried again,
 * with the same key, when the API is briefly unavailable (503, or 409 `idempotency_in_progress`) or the
 * connection broke; a server that refuses connections is reported at once.
 */
export function apiClient(connection: Connection, options: ApiClientOptions = {}): ApiClient {
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  return async <T>(method: string, path: string, request: ApiRequest = {}): Promise<T> => {
    const url = new URL(`${connection.url}${path}`);
    for (const [k, v] of Object.entries(request.query ?? {}))
      if (v !== undefined) url.searchParams.set(k, String(v));
    const headers: Record<string, string> = { accept: "application/json" };
    if (request.auth !== false) headers.authorization = `Bearer ${connection.token}`;
    if (request.body !== undefined) headers["content-type"] = "application/json";
    if (request.idempotent) headers["idempotency-key"] = randomUUID();
    if (request.ifMatch !== undefined) headers["if-match"] = request.ifMatch;
    const retryable = method === "GET" || request.idempotent === true || request.retry === true;
    let res: Response | undefined;
    let text = "";
    let body: unknown;
    for (let attempt = 1; ; attempt++) {
      const last = !retryable || attempt >= MAX_ATTEMPTS;
      try {
        res = await doFetch(url, {
          method,
          headers,
          ...(request.body !== undefined ? { body: JSON.stringify(request.body) } : {}),
          signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
        });
        text = await res.text();
      } catch (err) {
        const why = describeNetworkError(err, connection.url);
        if (last || !isTransient(err)) throw new CliError(EXIT.network, why);
        options.onRetry?.(`${why}; trying again`);
        await sleep(waitSeconds(null) * 1000);
        continue;
      }
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = undefined;
      }
      const code = (body as { error?: { code?: unknown } } | undefined)?.error?.code;
      const busy = res.status === 503 || (res.status === 409 && code === "idempotency_in_progress");
      if (!busy || last) break;
      const wait = waitSeconds(res.headers.get("retry-after"));
      options.onRetry?.(`the API is busy (HTTP ${res.status}); trying again in ${wait} s`);
      await sleep(wait * 1000);
    }
    if (res.status === 401 || res.status === 403) {
      throw new CliError(
        EXIT.auth,
        `${describeApiError(res.status, body)}; for a new token, ${loginHint(connection.url)}`,
      );
    }
    if (!res.ok)
      throw new CliError(EXIT.api, describeApiError(res.status, body, res.headers.get("retry-after")));
    request.onHeaders?.(res.headers);
    if (body === undefined && request.allowEmpty && res.status === 204) return undefined as T;
    if (body === undefined)
      throw new CliError(EXIT.api, `the API answered HTTP ${res.status} without a JSON body`);
    return body as T;
  };
}
