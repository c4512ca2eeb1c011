import { EventEmitter } from "node:events";
import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from "node:http";

/** An HTTP answer as the front relays it. */
export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export type InProcessCall = (
  method: string,
  url: string,
  headers: IncomingHttpHeaders,
  body: Buffer,
) => Promise<Answer>;

type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Calls an HTTP server's request listener in this process, with no socket: a request that emits its body
 * and an answer that collects status, headers and body. The front runs in the same process as dynalite,
 * and a loopback round trip per DynamoDB call (HTTP client, parser, agent, socket writes on both sides)
 * cost more CPU than dynalite's own work on the request (profiled under bench:load). Only for dynalite's
 * handler, which reads `method`, `url`, `headers`, the `data`/`end` events, and answers with
 * `statusCode`, `setHeader` and `end`.
 */
export function inProcessCall(server: Server): InProcessCall {
  const listener = server.listeners("request")[0] as RequestListener | undefined;
  if (!listener) throw new Error("the server has no request listener");
  return (method, url, headers, body) =>
    new Promise<Answer>((ok, fail) => {
      const req = Object.assign(new EventEmitter(), { method, url, headers });
      const answerHeaders: IncomingHttpHeaders = {};
      let ended = false;
      const res = {
        statusCode: 200,
        setHeader(name: string, value: number | string | readonly string[]) {
          answerHeaders[name.toLowerCase()] = Array.isArray(value) ? value.map(String) : String(value);
          return res;
        },
        end(chunk?: string | Buffer) {
          if (ended) return res;
          ended = true;
          const out = chunk === undefined ? Buffer.alloc(0) : Buffer.from(chunk);
          ok({ status: res.statusCode, headers: answerHeaders, body: out });
          return res;
        },
      };
      try {
        listener(req as unknown as IncomingMessage, res as unknown as ServerResponse);
        if (body.length > 0) req.emit("data", body);
        req.emit("end");
      } catch (err) {
        fail(err);
      }
    });
}
