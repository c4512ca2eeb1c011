import { createServer, request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { type AwsService, nameAwsCommand } from "./name-aws-command.js";

export interface SeenCall {
  service: AwsService;
  command: string;
  requestBody: string;
  responseBytes: number;
  status: number;
}

export interface CountingProxy {
  url: string;
  close(): Promise<void>;
}

/**
 * A loopback HTTP proxy in front of one emulator: forwards every request as it is and records, once the
 * answer is read, which command it was (for DynamoDB, from X-Amz-Target; for REST services, the method
 * and path), its request body and the size of the answer.
 */
export async function startCountingProxy(
  service: AwsService,
  upstreamUrl: string,
  record: (call: SeenCall) => void,
): Promise<CountingProxy> {
  const upstream = new URL(upstreamUrl);
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      const target = req.headers["x-amz-target"];
      const command = nameAwsCommand(service, {
        method: req.method ?? "GET",
        url: req.url ?? "/",
        target: Array.isArray(target) ? target[0] : target,
      });
      const out = httpRequest(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: upstream.host },
        },
        (answer) => {
          let bytes = 0;
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.on("data", (c: Buffer) => {
            bytes += c.length;
            res.write(c);
          });
          answer.on("end", () => {
            record({
              service,
              command,
              requestBody: body.toString("utf8"),
              responseBytes: bytes,
              status: answer.statusCode ?? 0,
            });
            res.end();
          });
        },
      );
      out.on("error", () => {
        res.writeHead(502).end();
      });
      out.end(body);
    });
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
