import { Agent, request } from "node:http";

export interface TimedResponse {
  status: number;
  ms: number;
  /** The parsed JSON body, if any (undefined when the request asked for the text only). */
  json: unknown;
  /** The body as text, when the request asked for it instead of the parsed JSON. */
  text?: string;
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
  init: {
    method: string;
    headers?: Record<string, string>;
    body?: string;
    timeoutMs: number;
    /** "text": the body as it came, not parsed (a read checks one field of it: the load generator's CPU
     * is taken from the stack it measures, both in this process). Default "json". */
    bodyAs?: "json" | "text";
  },
): Promise<TimedResponse> {
  const t = performance.now();
  const failed = (err: Error): TimedResponse => ({
    status: 0,
    ms: performance.now() - t,
    json: undefined,
    error: err.message,
  });
  return new Promise((resolve) => {
    let settled = false;
    const settle = (r: TimedResponse) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(r);
    };
    const body = init.body === undefined ? undefined : Buffer.from(init.body);
    const headers: Record<string, string> = { ...init.headers };
    if (body) headers["content-length"] = String(body.length);
    const req = request(url, { method: init.method, headers, agent });
    // One timer, cleared with the answer. AbortSignal.timeout's lives its whole length whatever happens: at
    // 2,000 reads a second and 30 s, 60,000 timers alive at once in the thread that also runs the gateway.
    const timer = setTimeout(
      () => req.destroy(new Error(`timed out after ${init.timeoutMs} ms`)),
      init.timeoutMs,
    );
    req.on("error", (err) => settle(failed(err)));
    req.on("response", (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("error", (err) => settle(failed(err)));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        const status = res.statusCode ?? 0;
        if (init.bodyAs === "text")
          return settle({ status, ms: performance.now() - t, json: undefined, text });
        settle({ status, ms: performance.now() - t, json: jsonOrUndefined(text) });
      });
    });
    req.end(body);
  });
}

/** The text parsed as JSON, or undefined when it is empty or not JSON (an answer the figures still count). */
export function jsonOrUndefined(text: string | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
