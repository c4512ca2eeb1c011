import { ApiError } from "./api-error";
import type {
  Insights,
  Interview,
  InterviewPage,
  InterviewStatus,
  PlanPreview,
  StopOutcome,
} from "./api-types";
import { readApiError } from "./read-api-error";

export type ApiClient = ReturnType<typeof apiClient>;

async function readError(res: Response): Promise<ApiError> {
  return readApiError(res.status, res.statusText, await res.json().catch(() => undefined));
}

/**
 * The public API with the user's bearer token: one method per route the app uses. Writes carry an
 * Idempotency-Key (a fresh one unless the caller gives the key of an earlier try), so the API applies a
 * retried one once. `onUnauthorized` hears of a 401 (the token
 * expired or belongs to another stack).
 */
export function apiClient(apiUrl: string, token: string, onUnauthorized: () => void) {
  const base = apiUrl.endsWith("/") ? apiUrl : `${apiUrl}/`;
  async function send(
    method: string,
    path: string,
    body?: unknown,
    options: { ifMatch?: string | undefined; idempotencyKey?: string | undefined } = {},
  ): Promise<Response> {
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    if (body !== undefined) headers["content-type"] = "application/json";
    if (method !== "GET") headers["idempotency-key"] = options.idempotencyKey ?? crypto.randomUUID();
    if (options.ifMatch) headers["if-match"] = options.ifMatch;
    let res: Response;
    try {
      res = await fetch(new URL(path, base), {
        method,
        headers,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    } catch {
      throw new ApiError(0, "unreachable", "The API could not be reached. Is the service running?");
    }
    if (res.status === 401) onUnauthorized();
    if (!res.ok) throw await readError(res);
    return res;
  }
  const call = async <T>(method: string, path: string, body?: unknown, idempotencyKey?: string) =>
    (await (await send(method, path, body, { idempotencyKey })).json()) as T;
  // An interview with the answer's ETag, the tag an edit of this copy sends back.
  const tagged = async (method: string, path: string, body?: unknown, ifMatch?: string) => {
    const res = await send(method, path, body, { ifMatch });
    const interview = (await res.json()) as Interview;
    const etag = res.headers.get("etag");
    return etag ? { ...interview, etag } : interview;
  };
  return {
    list: (options: { status?: InterviewStatus | undefined; cursor?: string | undefined }) => {
      const query = new URLSearchParams({ limit: "50" });
      if (options.status) query.set("status", options.status);
      if (options.cursor) query.set("cursor", options.cursor);
      return call<InterviewPage>("GET", `interviews?${query}`);
    },
    get: (id: string) => tagged("GET", `interviews/${encodeURIComponent(id)}`),
    /** `idempotencyKey`: the same one when sending the same interview again (see useRetryKey). */
    create: (body: unknown, idempotencyKey?: string) =>
      call<Interview>("POST", "interviews", body, idempotencyKey),
    preview: (body: unknown) => call<PlanPreview>("POST", "plan/preview", body),
    /** With `ifMatch` (the ETag of the copy edited), a copy that changed meanwhile answers 412. */
    update: (id: string, patch: unknown, ifMatch?: string) =>
      tagged("PATCH", `interviews/${encodeURIComponent(id)}`, patch, ifMatch),
    stop: (id: string, reason: StopOutcome) =>
      tagged("POST", `interviews/${encodeURIComponent(id)}/stop`, { reason }),
    snooze: async (id: string, days: number) => {
      const res = await send("POST", `interviews/${encodeURIComponent(id)}/snooze`, { days });
      const answer = (await res.json()) as { stepsMoved: number; repeated: boolean; interview: Interview };
      // The answer's ETag is the interview's inside it.
      const etag = res.headers.get("etag");
      return etag ? { ...answer, interview: { ...answer.interview, etag } } : answer;
    },
    insights: () => call<Insights>("GET", "insights"),
  };
}
