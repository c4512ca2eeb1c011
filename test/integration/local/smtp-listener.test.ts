import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SmtpEnvelope, type SmtpListener, startSmtpListener } from "../../../local/smtp-listener.js";
import type { LocalVerdicts } from "../../../local/take-local-verdicts.js";

const received: { raw: Buffer; envelope: SmtpEnvelope; verdicts: LocalVerdicts }[] = [];
let failNext = false;
let smtp: SmtpListener;

beforeAll(async () => {
  smtp = await startSmtpListener({
    port: 0,
    replyDomain: "reply.followup.local",
    maxBytes: 64 * 1024,
    onMessage: async (raw, envelope, verdicts) => {
      if (failNext) {
        failNext = false;
        throw new Error("store down");
      }
      received.push({ raw, envelope, verdicts });
    },
  });
});
afterAll(async () => {
  await smtp.close();
});

const transport = () =>
  nodemailer.createTransport({ host: "127.0.0.1", port: smtp.port, secure: false, ignoreTLS: true });

describe("the local SMTP listener", () => {
  it("hands a message for the reply domain over byte for byte, with its envelope", async () => {
    await transport().sendMail({
      from: "Priya Shah <priya@acme.example>",
      to: "r-01abc-s1-0123456789abcdef0123@reply.followup.local",
      subject: "Re: Thank you",
      text: "Thanks Sam, we'll be in touch.",
    });
    const last = received.at(-1);
    expect(last?.envelope).toEqual({
      mailFrom: "priya@acme.example",
      recipients: ["r-01abc-s1-0123456789abcdef0123@reply.followup.local"],
    });
    expect(last?.raw.toString()).toContain("Subject: Re: Thank you");
    expect(last?.raw.toString()).toContain("we'll be in touch.");
  });

  it("gives PASS verdicts by default, and those of an X-Local-Verdicts header, which it removes", async () => {
    await transport().sendMail({
      from: "priya@acme.example",
      to: "r-x@reply.followup.local",
      subject: "plain",
      text: "x",
    });
    expect(received.at(-1)?.verdicts).toEqual({ spf: "PASS", dkim: "PASS", dmarc: "PASS" });

    await transport().sendMail({
      from: "priya@acme.example",
      to: "r-x@reply.followup.local",
      subject: "spoofed",
      headers: { "X-Local-Verdicts": "spf=fail; dkim=fail" },
      text: "x",
    });
    const last = received.at(-1);
    expect(last?.verdicts).toEqual({ spf: "FAIL", dkim: "FAIL", dmarc: "PASS" });
    expect(last?.raw.toString()).toContain("Subject: spoofed");
    expect(last?.raw.toString()).not.toMatch(/x-local-verdicts/i);

    await expect(
      transport().sendMail({
        from: "priya@acme.example",
        to: "r-x@reply.followup.local",
        headers: { "X-Local-Verdicts": "spf=perhaps" },
        text: "x",
      }),
    ).rejects.toThrow(/spf must be pass, fail, gray or processing_failed/);
  });

  it("refuses to relay for other domains and refuses oversized mail", async () => {
    await expect(
      transport().sendMail({
        from: "x@y.example",
        to: "someone@gmail.example",
        subject: "relay?",
        text: "x",
      }),
    ).rejects.toThrow(/550|Relay denied/);
    await expect(
      transport().sendMail({
        from: "x@y.example",
        to: "r-x@reply.followup.local",
        subject: "big",
        text: "x".repeat(200 * 1024),
      }),
    ).rejects.toThrow(/552|too large|size/i);
  });

  it("answers a temporary failure when the message cannot be processed, so the sender retries", async () => {
    failNext = true;
    await expect(
      transport().sendMail({ from: "x@y.example", to: "r-x@reply.followup.local", subject: "s", text: "t" }),
    ).rejects.toThrow(/451/);
  });
});
