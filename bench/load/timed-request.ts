import { Agent, request } from "node:http";

export interface TimedResponse {
  status: number;
  ms: number;
  /** The parsed JSON body, if any. */
  json: unknown;
  /** Set when no HTTP answer came at all (connection refused, reset, timeout). */
  error?: string;
}

/**
 * The bench's connections, kept alive like a real client's. node:http rather than fetch: the load generator
 * runs in the stack's process, and fetch (undici, web streams) cost as much CPU per read as the gateway did.
 */
const agent = new Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY });

/** One HTTP request on loopback, timed from send to the whole body read; never throws. */
export function timedRequest(
  url: string,
  init: { method: string; headers?: Record<string, string>; body?: string; timeoutMs: number },
): Promise<TimedResponse> {
  const t = performance.now();
  const failed = (err: Error): TimedResponse => ({
    status: 0,
    ms: performance.now() - t,
    json: undefined,
    error: err.message,
  });
  return new Promise((resolve) => {
    const body = init.body === undefined ? undefined : Buffer.from(init.body);
    const headers: Record<string, string> = { ...init.headers };
    if (body) headers["content-length"] = String(body.length);
    const req = request(url, {
      method: init.method,
      headers,
      agent,
      signal: AbortSignal.timeout(init.timeoutMs),
    });
    req.on("error", (err) => resolve(failed(err)));
    req.on("response", (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("error", (err) => resolve(failed(err)));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        let json: unknown;
        try {
          json = text ? JSON.parse(text) : undefined;
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, ms: performance.now() - t, json });
      });
    });
    req.end(body);
  });
}
