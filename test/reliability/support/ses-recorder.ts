import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";

/** One SendEmail call as it reached the SES emulator, which took it (answered 2xx). */
export interface SesArrival {
  /** `Date.now()` when the whole request had arrived, on the clock of this process (the stack's). */
  at: number;
  /** `EmailTags` the sender put on it (`interviewId`, `stepId`), when it did. */
  interviewId?: string;
  stepId?: string;
  /** The `kind` tag: what the email is when it is not a step's (`reply_forward`, `unverified_forward`, ...). */
  kind?: string;
  to: string[];
  subject: string;
}

export interface SesRecorder {
  url: string;
  arrivals: SesArrival[];
  close(): Promise<void>;
}

interface SendEmailBody {
  EmailTags?: { Name?: string; Value?: string }[];
  Destination?: { ToAddresses?: string[] };
  Content?: { Simple?: { Subject?: { Data?: string } } };
}

/**
 * A loopback HTTP proxy in front of the SES emulator that notes when each email arrived (the emulator's own
 * timestamps are whole seconds). The product is untouched: the stack's SES endpoint is pointed here.
 */
export async function startSesRecorder(sesUrl: string): Promise<SesRecorder> {
  const target = new URL(sesUrl);
  const arrivals: SesArrival[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const at = Date.now();
      const body = Buffer.concat(chunks);
      let arrival: SesArrival | undefined;
      if (req.method === "POST" && /\/outbound-emails\/?$/.test(req.url ?? "")) {
        try {
          const parsed = JSON.parse(body.toString("utf8")) as SendEmailBody;
          const tag = (name: string) => parsed.EmailTags?.find((t) => t.Name === name)?.Value;
          const interviewId = tag("interviewId");
          const stepId = tag("stepId");
          const kind = tag("kind");
          arrival = {
            at,
            ...(interviewId ? { interviewId } : {}),
            ...(stepId ? { stepId } : {}),
            ...(kind ? { kind } : {}),
            to: parsed.Destination?.ToAddresses ?? [],
            subject: parsed.Content?.Simple?.Subject?.Data ?? "",
          };
        } catch {
          // Not JSON: the emulator will answer it; nothing to note.
        }
      }
      const out = request(
        {
          host: target.hostname,
          port: Number(target.port),
          method: req.method,
          path: req.url,
          headers: { ...req.headers, "content-length": String(body.length) },
          // A new connection per request: a kept-alive one that the emulator closes as it idles (Node's
          // 5 s keep-alive timeout) can die under a request, which then never reaches SES.
          agent: false,
        },
        (upstream) => {
          // Only an email the emulator took is one that left: one it refused (or never got) is not counted.
          const status = upstream.statusCode ?? 502;
          if (arrival && status >= 200 && status < 300) arrivals.push(arrival);
          res.writeHead(status, upstream.headers);
          upstream.pipe(res);
        },
      );
      out.on("error", () => {
        res.writeHead(502).end();
      });
      out.end(body);
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    arrivals,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
