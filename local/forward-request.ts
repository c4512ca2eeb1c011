import { type IncomingHttpHeaders, type IncomingMessage, request } from "node:http";

export interface ForwardedRequest {
  /** The request's body as it was sent on. */
  body: Buffer;
  /** Upstream's answer, read whole. */
  answer: { status: number; headers: IncomingHttpHeaders; body: Buffer };
}

/** A request's body, read whole. */
export async function readRequestBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Sends `req` on to `upstream` as it is (method, path, headers, body; `host` rewritten) and resolves once
 * the answer is read whole: for the loopback fronts that look at a request and its answer before passing the
 * answer back. `body`: the request's body when the caller has read it already. Rejects with the socket's
 * error (ECONNREFUSED: nothing reached upstream).
 */
export async function forwardRequest(
  req: IncomingMessage,
  upstream: URL,
  readBody?: Buffer,
): Promise<ForwardedRequest> {
  const body = readBody ?? (await readRequestBody(req));
  return new Promise((resolve, reject) => {
    const out = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: upstream.host },
      },
      (answer) => {
        const answerChunks: Buffer[] = [];
        answer.on("data", (c: Buffer) => answerChunks.push(c));
        answer.on("error", reject);
        answer.on("end", () =>
          resolve({
            body,
            answer: {
              status: answer.statusCode ?? 502,
              headers: answer.headers,
              body: Buffer.concat(answerChunks),
            },
          }),
        );
      },
    );
    out.on("error", reject);
    out.end(body);
  });
}
