import { SESv2Client, SendEmailCommand, type SendEmailCommandInput } from "@aws-sdk/client-sesv2";
import { mockClient } from "aws-sdk-client-mock";
import PostalMime, { type Email } from "postal-mime";
import { SesMailer } from "../../shared/adapters/ses-mailer.js";
import type { OutgoingEmail } from "../../shared/ports/mailer.js";

const b64 = (s: string) =>
  (
    Buffer.from(s, "utf8")
      .toString("base64")
      .match(/.{1,76}/g) ?? []
  ).join("\r\n");

/**
 * The message as a recipient gets it from SES Simple content: From, To, Cc and Reply-To as given, the custom
 * headers as given, the subject as given when it is ASCII and in encoded words when it is not (SES encodes
 * what needs it and leaves ASCII as it is), the text and HTML parts as the alternatives of one message;
 * then read back by a strict MIME parser, as the recipient's mail reader would.
 */
export async function asDelivered(input: SendEmailCommandInput): Promise<Email> {
  const simple = input.Content?.Simple;
  const subject = simple?.Subject?.Data ?? "";
  const lines = [
    `From: ${input.FromEmailAddress}`,
    `To: ${(input.Destination?.ToAddresses ?? []).join(", ")}`,
    ...(input.Destination?.CcAddresses?.length ? [`Cc: ${input.Destination.CcAddresses.join(", ")}`] : []),
    ...(input.ReplyToAddresses?.length ? [`Reply-To: ${input.ReplyToAddresses.join(", ")}`] : []),
    `Subject: ${/^[ -~]*$/.test(subject) ? subject : `=?UTF-8?B?${Buffer.from(subject).toString("base64")}?=`}`,
    ...(simple?.Headers ?? []).map((h) => `${h.Name}: ${h.Value}`),
    "MIME-Version: 1.0",
    'Content-Type: multipart/alternative; boundary="=_alt"',
    "",
    "--=_alt",
    "Content-Type: text/plain; charset=UTF-8",
    "Content-Transfer-Encoding: base64",
    "",
    b64(simple?.Body?.Text?.Data ?? ""),
    "--=_alt",
    "Content-Type: text/html; charset=UTF-8",
    "Content-Transfer-Encoding: base64",
    "",
    b64(simple?.Body?.Html?.Data ?? ""),
    "--=_alt--",
    "",
  ];
  return PostalMime.parse(lines.join("\r\n"));
}

/** Sends `email` through the real SES adapter over a mocked client and reads back what the recipient gets. */
export async function deliveredThroughSes(email: OutgoingEmail): Promise<Email> {
  const ses = mockClient(SESv2Client);
  try {
    ses.on(SendEmailCommand).resolves({ MessageId: "0100019a-abc" });
    await new SesMailer(new SESv2Client({ region: "us-east-1" }), {
      fromAddress: "followups@mail.example.com",
      messageIdDomain: "email.amazonses.com",
    }).send(email);
    const input = ses.commandCalls(SendEmailCommand)[0]?.args[0].input;
    if (!input) throw new Error("nothing was sent");
    return await asDelivered(input);
  } finally {
    ses.restore();
  }
}
