import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface SmtpEnvelope {
  mailFrom: string;
  recipients: string[];
}

export interface SmtpListener {
  port: number;
  close(): Promise<void>;
}

/**
 * The local stand-in for SES inbound: a real SMTP server that accepts mail for the reply domain only and
 * hands each raw message to `onMessage`. A failure there answers 451, so the sending server retries, as
 * it would with SES.
 */
export async function startSmtpListener(options: {
  port: number;
  host?: string;
  replyDomain: string;
  maxBytes?: number;
  onMessage: (raw: Buffer, envelope: SmtpEnvelope) => Promise<void>;
  log?: (line: string) => void;
}): Promise<SmtpListener> {
  const maxBytes = options.maxBytes ?? 10 * 1024 * 1024;
  const domain = options.replyDomain.toLowerCase();
  const server = new SMTPServer({
    name: "followup.local",
    banner: "followup local inbound",
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    size: maxBytes,
    logger: false,
    onRcptTo(address, _session, callback) {
      const rcpt = address.address.toLowerCase();
      if (!rcpt.endsWith(`@${domain}`)) {
        const err = Object.assign(new Error(`Relay denied: only @${domain} is accepted here`), {
          responseCode: 550,
        });
        return callback(err);
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if ((stream as unknown as { sizeExceeded?: boolean }).sizeExceeded) {
          return callback(Object.assign(new Error("Message too large"), { responseCode: 552 }));
        }
        const envelope: SmtpEnvelope = {
          mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          recipients: session.envelope.rcptTo.map((r) => r.address),
        };
        options.onMessage(Buffer.concat(chunks), envelope).then(
          () => callback(),
          (err: unknown) => {
            options.log?.(`smtp: message not processed: ${err instanceof Error ? err.message : String(err)}`);
            callback(Object.assign(new Error("Temporary failure, try again later"), { responseCode: 451 }));
          },
        );
      });
    },
  });
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(options.port, options.host ?? "127.0.0.1", () => ok());
  });
  const port = (server.server.address() as AddressInfo).port;
  return { port, close: () => new Promise<void>((ok) => server.close(() => ok())) };
}
