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
  async function call<T>(method: string, path: string, body?: unknown, idempotencyKey?: string): Promise<T> {
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    if (body !== undefined) headers["content-type"] = "application/json";
    if (method !== "GET") headers["idempotency-key"] = idempotencyKey ?? crypto.randomUUID();
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
    return (await res.json()) as T;
  }
  return {
    list: (options: { status?: InterviewStatus | undefined; cursor?: string | undefined }) => {
      const query = new URLSearchParams({ limit: "50" });
      if (options.status) query.set("status", options.status);
      if (options.cursor) query.set("cursor", options.cursor);
      return call<InterviewPage>("GET", `interviews?${query}`);
    },
    get: (id: string) => call<Interview>("GET", `interviews/${encodeURIComponent(id)}`),
    /** `idempotencyKey`: the same one when sending the same interview again (see useRetryKey). */
    create: (body: unknown, idempotencyKey?: string) =>
      call<Interview>("POST", "interviews", body, idempotencyKey),
    preview: (body: unknown) => call<PlanPreview>("POST", "plan/preview", body),
    update: (id: string, patch: unknown) =>
      call<Interview>("PATCH", `interviews/${encodeURIComponent(id)}`, patch),
    stop: (id: string, reason: StopOutcome) =>
      call<Interview>("POST", `interviews/${encodeURIComponent(id)}/stop`, { reason }),
    snooze: (id: string, days: number) =>
      call<{ stepsMoved: number; repeated: boolean; interview: Interview }>(
        "POST",
        `interviews/${encodeURIComponent(id)}/snooze`,
        {
          days,
        },
      ),
    insights: () => call<Insights>("GET", "insights"),
  };
}
