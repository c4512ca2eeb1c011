export interface TimedResponse {
  status: number;
  ms: number;
  /** The parsed JSON body, if any. */
  json: unknown;
  /** Set when no HTTP answer came at all (connection refused, reset, timeout). */
  error?: string;
}

/** One HTTP request on loopback, timed from send to the whole body read; never throws. */
export async function timedRequest(
  url: string,
  init: { method: string; headers?: Record<string, string>; body?: string; timeoutMs: number },
): Promise<TimedResponse> {
  const t = performance.now();
  try {
    const res = await fetch(url, {
      method: init.method,
      headers: init.headers,
      body: init.body,
      signal: AbortSignal.timeout(init.timeoutMs),
    });
    const text = await res.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, ms: performance.now() - t, json };
  } catch (err) {
    return { status: 0, ms: performance.now() - t, json: undefined, error: (err as Error).message };
  }
}
