import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { SESv2Client } from "@aws-sdk/client-sesv2";
import { afterEach, describe, expect, it } from "vitest";
import { SesMailer } from "../../../../shared/adapters/ses-mailer.js";
import {
  type OutgoingEmail,
  PermanentSendError,
  TransientSendError,
} from "../../../../shared/ports/mailer.js";

const EMAIL: OutgoingEmail = {
  fromName: "Cara Diaz (via Followups)",
  to: [{ name: "Ann Lee", email: "ann@acme.test" }],
  cc: [],
  replyTo: ["r-token@reply.example.com"],
  subject: "Thank you",
  text: "Hi Ann,\n",
  html: "<p>Hi Ann,</p>",
  headers: [],
};

/** An SES endpoint that reads each request and never answers; resolves each request's close. */
async function silentSes(): Promise<{ server: Server; url: string; requests: Promise<void>[] }> {
  const requests: Promise<void>[] = [];
  const server = createServer((req: IncomingMessage) => {
    requests.push(new Promise((closed) => req.socket.once("close", () => closed())));
    req.resume();
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

let open: Server | undefined;
afterEach(async () => {
  open?.closeAllConnections();
  await new Promise((ok) => open?.close(ok) ?? ok(undefined));
  open = undefined;
});

function mailerAt(url: string) {
  // The SDK's own timeout is far longer than the cut, so only the cut can end the call early.
  const client = new SESv2Client({
    region: "us-east-1",
    endpoint: url,
    credentials: { accessKeyId: "test", secretAccessKey: "test" },
    maxAttempts: 1,
    requestHandler: { requestTimeout: 60_000 },
  });
  return new SesMailer(client, { fromAddress: "followups@mail.example.com", messageIdDomain: "x" });
}

describe("SesMailer: a call that must be answered by a deadline (a stop waits for it)", () => {
  it("cuts the connection when SES has not answered in time, and rejects as an unknown outcome", async () => {
    const ses = await silentSes();
    open = ses.server;

    const failure = await mailerAt(ses.url)
      .send(EMAIL, 300)
      .then(
        () => undefined,
        (err: unknown) => err,
      );

    expect(failure).toBeInstanceOf(Error);
    // Neither "nothing left" (which would release the claim for a resend) nor a permanent refusal: the
    // request reached SES whole, so the claim stays and becomes `unknown`, never sent twice.
    expect(failure).not.toBeInstanceOf(TransientSendError);
    expect(failure).not.toBeInstanceOf(PermanentSendError);
    expect(ses.requests).toHaveLength(1);
    // SES sees the connection closed: nothing of this call can reach it after the deadline.
    // (Without the cut the call hangs on the silent server until the test's own timeout fails it.)
    await ses.requests[0];
  });
});
