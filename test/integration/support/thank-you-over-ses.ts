import type { SESv2Client } from "@aws-sdk/client-sesv2";
import { SesMailer } from "../../../shared/adapters/ses-mailer.js";
import type { OutgoingEmail } from "../../../shared/ports/mailer.js";

/** One step's email, as the sender hands it to the mailer. */
export const THANK_YOU_EMAIL: OutgoingEmail = {
  fromName: "Cara Diaz (via Followups)",
  to: [{ name: "Ann Lee", email: "ann@acme.test" }],
  cc: [],
  replyTo: [],
  subject: "Thank you",
  text: "Hi Ann,\n",
  html: "<p>Hi Ann,</p>",
  headers: [],
};

/**
 * Sends THANK_YOU_EMAIL through the real SES adapter over `client` (the functions' own, pointed at a
 * loopback SES that does not answer) and gives back what it failed with; a send that succeeds is a failure
 * of the test.
 */
export async function thankYouOverSesFailure(client: SESv2Client): Promise<unknown> {
  const mailer = new SesMailer(client, {
    fromAddress: "followups@mail.example.com",
    configurationSet: undefined,
    messageIdDomain: "email.amazonses.com",
  });
  try {
    await mailer.send(THANK_YOU_EMAIL);
  } catch (err) {
    return err;
  }
  throw new Error("expected the send to fail");
}
