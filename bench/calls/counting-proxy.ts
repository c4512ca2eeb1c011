import { createServer } from "node:http";
import { forwardRequest, readRequestBody } from "../../local/forward-request.js";
import { listenOn } from "../../local/listen-on.js";
import type { DynamoWriteObserver } from "./dynamo-write-observer.js";
import { type AwsService, nameAwsCommand } from "./name-aws-command.js";
import type { ObservedWrite } from "./write-units.js";

export interface SeenCall {
  service: AwsService;
  command: string;
  requestBody: string;
  responseBytes: number;
  status: number;
  /** A DynamoDB write's item before and after it, when the proxy has a write observer. */
  write?: ObservedWrite;
}

export interface CountingProxy {
  url: string;
  close(): Promise<void>;
}

/**
 * A loopback HTTP proxy in front of one emulator: forwards every request as it is and records, once the
 * answer is read (then passed back whole), which command it was (for DynamoDB, from X-Amz-Target; for REST
 * services, the method and path), its request body and the size of the answer; with `observer`, also each
 * write's item before and after it.
 */
export async function startCountingProxy(
  service: AwsService,
  upstreamUrl: string,
  record: (call: SeenCall) => void,
  observer?: DynamoWriteObserver,
): Promise<CountingProxy> {
  const upstream = new URL(upstreamUrl);
  const server = createServer((req, res) => {
    const target = req.headers["x-amz-target"];
    const command = nameAwsCommand(service, {
      method: req.method ?? "GET",
      url: req.url ?? "/",
      target: Array.isArray(target) ? target[0] : target,
    });
    const exchange = async () => {
      const body = await readRequestBody(req);
      const requestBody = body.toString("utf8");
      const send = async () => (await forwardRequest(req, upstream, body)).answer;
      const { answer, write } = observer
        ? await observer.around(command, requestBody, send)
        : { answer: await send(), write: undefined };
      record({
        service,
        command,
        requestBody,
        responseBytes: answer.body.length,
        status: answer.status,
        ...(write ? { write } : {}),
      });
      res.writeHead(answer.status, answer.headers).end(answer.body);
    };
    exchange().catch(() => {
      if (!res.headersSent) res.writeHead(502).end();
      else res.destroy();
    });
  });
  const port = await listenOn(server, 0);
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
