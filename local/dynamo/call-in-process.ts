import { EventEmitter } from "node:events";
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";

/** An HTTP answer, read whole. */
export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Hands one request to an HTTP request listener (dynalite's) in this thread, without a socket: the
 * request is an emitter of its body ("data", "end"), the response collects status, headers and body.
 * What dynalite reads and writes (headers, method, url, statusCode, setHeader, end) is all there is to
 * it; a listener that throws rejects. This spares each DynamoDB request a second loopback HTTP exchange
 * (client, server, parser and socket on both sides).
 */
export function callInProcess(
  listener: RequestListener,
  method: string,
  url: string,
  headers: IncomingHttpHeaders,
  body: Buffer,
): Promise<Answer> {
  return new Promise<Answer>((ok, fail) => {
    const req = Object.assign(new EventEmitter(), { method, url, headers });
    const outHeaders: IncomingHttpHeaders = {};
    const res = {
      statusCode: 200,
      headersSent: false,
      setHeader(name: string, value: string | number | readonly string[]) {
        outHeaders[name.toLowerCase()] = Array.isArray(value) ? value.map(String) : String(value);
        return res;
      },
      getHeader: (name: string) => outHeaders[name.toLowerCase()],
      end(chunk?: string | Buffer) {
        res.headersSent = true;
        const data =
          chunk === undefined ? Buffer.alloc(0) : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
        ok({ status: res.statusCode, headers: outHeaders, body: data });
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
