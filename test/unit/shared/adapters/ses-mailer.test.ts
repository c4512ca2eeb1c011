import {
  BadRequestException,
  MailFromDomainNotVerifiedException,
  MessageRejected,
  NotFoundException,
  SESv2Client,
  SendEmailCommand,
  SendingPausedException,
  TooManyRequestsException,
} from "@aws-sdk/client-sesv2";
import { mockClient } from "aws-sdk-client-mock";
import { beforeEach, describe, expect, it } from "vitest";
import { SesMailer } from "../../../../shared/adapters/ses-mailer.js";
import {
  type OutgoingEmail,
  PermanentSendError,
  SendingConfigurationError,
  TransientSendError,
} from "../../../../shared/ports/mailer.js";
import { asDelivered } from "../../../support/as-delivered.js";

const ses = mockClient(SESv2Client);

const EMAIL: OutgoingEmail = {
  fromName: 'Cara "CD" Diaz (via Followups)',
  to: [{ name: "Ann Lee", email: "ann@acme.test" }],
  cc: [{ name: "Cara Diaz", email: "cara@example.com" }],
  replyTo: ["r-01kq8z3m4n5p6r7s8t9v0w1x2y-s1-0123456789abcdef0123@reply.example.com"],
  subject: "Thank you for the Staff Engineer interview",
  text: "Hi Ann,\n",
  html: "<p>Hi Ann,</p>",
  headers: [{ name: "List-Unsubscribe-Post", value: "List-Unsubscribe=One-Click" }],
  tags: { interviewId: "01KQ8Z3M4N5P6R7S8T9V0W1X2Y", stepId: "s1" },
};

function sentInput() {
  const input = ses.commandCalls(SendEmailCommand)[0]?.args[0].input;
  if (!input) throw new Error("nothing was sent");
  return input;
}

function mailer(configurationSet: string | undefined, messageIdDomain = "email.amazonses.com") {
  return new SesMailer(new SESv2Client({ region: "us-east-1" }), {
    fromAddress: "followups@mail.example.com",
    configurationSet,
    messageIdDomain,
  });
}

beforeEach(() => {
  ses.reset();
});

describe("SesMailer", () => {
  it("sends from our identity under the candidate's name, To/Cc/Reply-To as given, with headers, tags and the configuration set", async () => {
    ses.on(SendEmailCommand).resolves({ MessageId: "0100019a-abc" });

    await mailer("followups").send(EMAIL);

    const input = ses.commandCalls(SendEmailCommand)[0]?.args[0].input;
    expect(input).toEqual({
      FromEmailAddress: '"Cara \\"CD\\" Diaz (via Followups)" <followups@mail.example.com>',
      Destination: {
        ToAddresses: ['"Ann Lee" <ann@acme.test>'],
        CcAddresses: ['"Cara Diaz" <cara@example.com>'],
      },
      ReplyToAddresses: [EMAIL.replyTo[0]],
      ConfigurationSetName: "followups",
      EmailTags: [
        { Name: "interviewId", Value: "01KQ8Z3M4N5P6R7S8T9V0W1X2Y" },
        { Name: "stepId", Value: "s1" },
      ],
      Content: {
        Simple: {
          Subject: { Data: EMAIL.subject, Charset: "UTF-8" },
          Body: {
            Text: { Data: "Hi Ann,\n", Charset: "UTF-8" },
            Html: { Data: "<p>Hi Ann,</p>", Charset: "UTF-8" },
          },
          Headers: [{ Name: "List-Unsubscribe-Post", Value: "List-Unsubscribe=One-Click" }],
        },
      },
    });
  });

  it("encodes a non-ASCII display name as RFC 2047 words of at most 75 characters that decode back", async () => {
    ses.on(SendEmailCommand).resolves({ MessageId: "0100019a-abc" });
    const name = "Zoë Ñúñez-Björklund 李小龍 🌟 de la Fuente y Gómez (via Followups)";

    await mailer(undefined).send({
      ...EMAIL,
      fromName: name,
      to: [{ name: "José García", email: "jose@acme.test" }],
    });

    const input = ses.commandCalls(SendEmailCommand)[0]?.args[0].input;
    const from = input?.FromEmailAddress ?? "";
    expect(from).toMatch(/^(=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?= ?)+ <followups@mail\.example\.com>$/);
    const words = from.replace(/ <[^>]+>$/, "").split(" ");
    for (const word of words) expect(word.length).toBeLessThanOrEqual(75);
    const decoded = words.map((w) => Buffer.from(w.slice(10, -2), "base64").toString("utf8")).join("");
    expect(decoded).toBe(name);
    expect(input?.Destination?.ToAddresses?.[0]).toMatch(/^=\?UTF-8\?B\?.+\?= <jose@acme\.test>$/);
  });

  it.each([
    'Cara "CD" Diaz',
    "Lee, Ann",
    "Ann \\ Lee",
    "ann@evil.test",
    "Ann <ann@evil.test>",
    "Ann (Recruiting)",
    "=?UTF-8?B?QWRtaW4=?=",
    "Eve =?utf-8?q?Admin?= Support",
    "Zoë =?UTF-8?B?QWRtaW4=?=",
    "李小龍 🧑‍💻",
    "مريم الحسيني",
    `Rita ${"Ruiz-".repeat(18)}Ortiz`,
  ])("the recipient reads the display name %j exactly as written, on the right address", async (name) => {
    ses.on(SendEmailCommand).resolves({ MessageId: "0100019a-abc" });

    await mailer(undefined).send({
      ...EMAIL,
      fromName: `${name} (via Followups)`,
      to: [{ name, email: "ann@acme.test" }],
    });

    const got = await asDelivered(sentInput());
    expect(got.from).toEqual({ name: `${name} (via Followups)`, address: "followups@mail.example.com" });
    expect(got.to).toEqual([{ name, address: "ann@acme.test" }]);
    expect(got.cc).toEqual([{ name: "Cara Diaz", address: "cara@example.com" }]);
  });

  it.each([
    "Thank you for the Staff Engineer interview",
    "Offer =?UTF-8?B?QWRtaW4=?= details",
    "Zoë: =?utf-8?q?x?=",
    "Re: Entretien — Ingénieur 工程师 🚀",
  ])("the recipient reads the subject %j exactly as written", async (subject) => {
    ses.on(SendEmailCommand).resolves({ MessageId: "0100019a-abc" });

    await mailer(undefined).send({ ...EMAIL, subject });

    expect((await asDelivered(sentInput())).subject).toBe(subject);
  });

  it("leaves out the configuration set, tags and headers when there are none", async () => {
    ses.on(SendEmailCommand).resolves({ MessageId: "0100019a-abc" });

    await mailer(undefined).send({ ...EMAIL, headers: [], tags: undefined });

    const input = ses.commandCalls(SendEmailCommand)[0]?.args[0].input;
    expect(input?.ConfigurationSetName).toBeUndefined();
    expect(input?.EmailTags).toBeUndefined();
    expect(input?.Content?.Simple?.Headers).toBeUndefined();
  });

  it("replaces characters SES refuses in tags instead of failing the send", async () => {
    ses.on(SendEmailCommand).resolves({ MessageId: "0100019a-abc" });

    await mailer("followups").send({ ...EMAIL, tags: { "step id": "s1/x" } });

    expect(ses.commandCalls(SendEmailCommand)[0]?.args[0].input.EmailTags).toEqual([
      { Name: "step_id", Value: "s1_x" },
    ]);
  });

  it("answers the SES id and the Message-ID header SES writes, in the region's domain", async () => {
    ses.on(SendEmailCommand).resolves({ MessageId: "0100019a-abc" });

    expect(await mailer("followups").send(EMAIL)).toEqual({
      providerMessageId: "0100019a-abc",
      messageIdHeader: "<0100019a-abc@email.amazonses.com>",
    });
    expect((await mailer("followups", "eu-west-1.amazonses.com").send(EMAIL)).messageIdHeader).toBe(
      "<0100019a-abc@eu-west-1.amazonses.com>",
    );
  });

  it("turns a rejection no retry can fix into PermanentSendError", async () => {
    for (const error of [
      new MessageRejected({ message: "Email address is not verified.", $metadata: { httpStatusCode: 400 } }),
      new BadRequestException({ message: "Invalid address", $metadata: { httpStatusCode: 400 } }),
    ]) {
      ses.reset();
      ses.on(SendEmailCommand).rejects(error);
      const err = await mailer("followups")
        .send(EMAIL)
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(PermanentSendError);
      expect((err as Error).message).toContain(error.name);
      expect((err as Error).cause).toBe(error);
    }
  });

  it("says nothing was handed over when SES answered with an error or was never reached, for a retry", async () => {
    const throttled = new TooManyRequestsException({
      message: "Rate exceeded",
      $metadata: { httpStatusCode: 429 },
    });
    ses.on(SendEmailCommand).rejects(throttled);
    const refused = await mailer("followups")
      .send(EMAIL)
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(TransientSendError);
    expect((refused as Error).cause).toBe(throttled);

    const down = Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
    ses.reset();
    ses.on(SendEmailCommand).rejects(down);
    const err = await mailer("followups")
      .send(EMAIL)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransientSendError);
    expect(err).not.toBeInstanceOf(PermanentSendError);
  });

  it("takes a paused account's refusal as one to retry, not a failure of the email: it goes once sending resumes", async () => {
    const paused = new SendingPausedException({
      message: "Sending is paused for this account.",
      $metadata: { httpStatusCode: 400 },
    });
    ses.on(SendEmailCommand).rejects(paused);
    const err = await mailer("followups")
      .send(EMAIL)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransientSendError);
    expect((err as Error).cause).toBe(paused);
  });

  it("takes a refusal caused by our own sending configuration as one to retry, named as ours: it goes once fixed", async () => {
    for (const error of [
      new MailFromDomainNotVerifiedException({
        message: "MAIL FROM domain is not verified.",
        $metadata: { httpStatusCode: 400 },
      }),
      new NotFoundException({
        message: "Configuration set <followups> does not exist.",
        $metadata: { httpStatusCode: 404 },
      }),
    ]) {
      ses.reset();
      ses.on(SendEmailCommand).rejects(error);
      const err = await mailer("followups")
        .send(EMAIL)
        .catch((e: unknown) => e);
      // Nothing about the email is wrong: failing it for good would fail every step due until a redeploy.
      expect(err).not.toBeInstanceOf(PermanentSendError);
      expect(err).toBeInstanceOf(TransientSendError);
      expect(err).toBeInstanceOf(SendingConfigurationError);
      expect((err as Error).message).toContain(error.name);
      expect((err as Error).cause).toBe(error);
    }
  });

  it("lets a timeout or a reset connection through unchanged: SES may have taken the email", async () => {
    for (const lost of [
      Object.assign(new Error("socket hang up"), { code: "ECONNRESET", $metadata: {} }),
      Object.assign(new Error("Request timed out"), { name: "TimeoutError", $metadata: {} }),
    ]) {
      ses.reset();
      ses.on(SendEmailCommand).rejects(lost);
      const err = await mailer("followups")
        .send(EMAIL)
        .catch((e: unknown) => e);
      expect(err).toBe(lost);
    }
  });

  it("refuses an answer without a MessageId rather than record a send it cannot prove", async () => {
    ses.on(SendEmailCommand).resolves({});
    await expect(mailer("followups").send(EMAIL)).rejects.toThrow("without a MessageId");
  });
});
