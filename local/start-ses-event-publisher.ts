import { createServer } from "node:http";
import { closeServer } from "./close-server.js";
import { forwardRequest } from "./forward-request.js";
import { listenOn } from "./listen-on.js";
import { localSendEvent, type SendEmailRequest } from "./local-send-event.js";

export interface SesEventPublisher {
  url: string;
  close(): Promise<void>;
}

const SEND_EMAIL_PATH = "/v2/email/outbound-emails";
/** The longest SendEmail's answer waits for ses-events (the sender gives SES ~5 s); the event goes on after. */
const PUBLISH_WAIT_MS = 1000;

/**
 * SES's event publishing, for the local stack: a loopback front of the SES emulator (which publishes no
 * events) that forwards every request as it is and, for a SendEmail the emulator took with a configuration
 * set, hands `publish` the SNS-shaped Send event SES would publish to the set's topic. The answer waits
 * for `publish` (up to PUBLISH_WAIT_MS), so that locally the Message-ID index is written before the sender
 * even learns the id: a reply can never arrive before it. (In AWS the event comes seconds later.) A failed
 * or slow publish is logged and the answer goes out anyway: SES took the email.
 */
export async function startSesEventPublisher(options: {
  /** 0 picks a free one. */
  port: number;
  upstreamUrl: string;
  publish: (event: unknown) => Promise<void>;
  now: () => Date;
  log: (line: string) => void;
}): Promise<SesEventPublisher> {
  const upstream = new URL(options.upstreamUrl);
  const server = createServer((req, res) => {
    forwardRequest(req, upstream).then(
      ({ body, answer }) => {
        const send = () => res.writeHead(answer.status, answer.headers).end(answer.body);
        const event = sendEventOf(req.method, req.url, body, answer.status, answer.body, options.now);
        if (!event) return send();
        const published = options.publish(event).catch((err: unknown) => {
          options.log(`ses events: the Send event was not handled: ${String(err)}`);
        });
        let timer: NodeJS.Timeout | undefined;
        const waited = new Promise<void>((done) => {
          timer = setTimeout(() => {
            options.log("ses events: the Send event is still being handled; SendEmail answers now");
            done();
          }, PUBLISH_WAIT_MS);
        });
        void Promise.race([published, waited]).then(() => {
          clearTimeout(timer);
          send();
        });
      },
      (err: NodeJS.ErrnoException) => {
        // Refused: nothing reached SES, say so (a 502 is "not handed over"). Any other failure may come after
        // the request was forwarded: the connection is reset, an outcome the sender treats as unknown.
        if (err.code === "ECONNREFUSED" && !res.headersSent) res.writeHead(502).end();
        else res.destroy();
      },
    );
  });
  const port = await listenOn(server, options.port);
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => closeServer(server),
  };
}

/** The Send event of a SendEmail that the emulator took with a configuration set, or undefined. */
function sendEventOf(
  method: string | undefined,
  url: string | undefined,
  body: Buffer,
  status: number | undefined,
  answer: Buffer,
  now: () => Date,
) {
  if (method !== "POST" || url?.split("?")[0] !== SEND_EMAIL_PATH || status !== 200) return undefined;
  try {
    const request = JSON.parse(body.toString("utf8")) as SendEmailRequest;
    const { MessageId } = JSON.parse(answer.toString("utf8")) as { MessageId?: string };
    if (!request.ConfigurationSetName || !MessageId) return undefined;
    return localSendEvent(request, MessageId, now());
  } catch {
    return undefined;
  }
}
