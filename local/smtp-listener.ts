import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { type LocalVerdicts, takeLocalVerdicts } from "./take-local-verdicts.js";

export interface SmtpEnvelope {
  mailFrom: string;
  recipients: string[];
}

export interface SmtpListener {
  port: number;
  close(): Promise<void>;
}

const ALL_PASS: LocalVerdicts = { spf: "PASS", dkim: "PASS", dmarc: "PASS" };

/**
 * The local stand-in for SES inbound: a real SMTP server that accepts mail for the reply domain only and
 * hands each raw message to `onMessage` with the SPF/DKIM/DMARC verdicts SES would have computed: `verdicts`
 * (default PASS for all), overridden per message by an `X-Local-Verdicts: spf=fail; dkim=fail; dmarc=fail`
 * header, which is removed before the message is handed over. A failure in `onMessage` answers 451, so the
 * sending server retries, as it would with SES.
 */
export async function startSmtpListener(options: {
  port: number;
  host?: string;
  replyDomain: string;
  maxBytes?: number;
  verdicts?: Partial<LocalVerdicts>;
  onMessage: (raw: Buffer, envelope: SmtpEnvelope, verdicts: LocalVerdicts) => Promise<void>;
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
        const taken = takeLocalVerdicts(Buffer.concat(chunks));
        if ("error" in taken) return callback(Object.assign(new Error(taken.error), { responseCode: 550 }));
        const verdicts = { ...ALL_PASS, ...options.verdicts, ...taken.verdicts };
        options.onMessage(taken.raw, envelope, verdicts).then(
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
