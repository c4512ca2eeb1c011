import { describe, expect, it } from "vitest";
import { describesItselfAsAutomatic } from "../../../../shared/inbound/automatic-self-description.js";
import { classifyInboundEmail } from "../../../../shared/inbound/classify-inbound-email.js";
import { parsePlainMail } from "../../../support/parse-plain-mail.js";

const classify = async (subject: string, body: string) =>
  classifyInboundEmail(await parsePlainMail(subject, body));

const OUTLOOK_QUOTE =
  "\n\n-----Original Message-----\nFrom: Sam Lee <sam@candidate.example>\nSent: Monday, November 30, 2026 9:00 AM\nTo: Dana Ortiz\nSubject: Thank you\n\nHi Dana, thank you for your time yesterday.\n";
const GMAIL_QUOTE =
  "\n\nOn Mon, Nov 30, 2026 at 9:00 AM Sam Lee <sam@candidate.example> wrote:\n> Hi Dana, thank you for your time yesterday.\n";

// Out-of-office responders that quote the message they answer (Lotus Notes, some Exchange transport rules,
// hosting panels' autoresponders) look like a person's reply to the quote check; what they say of themselves
// ("This is an automatic reply") no person writes of their own answer.
describe("an out-of-office that quotes the message it answers", () => {
  it.each([
    [
      "en",
      "Re: Thank you",
      `This is an automatic reply. I am out of the office until January 4 with limited access to email.${OUTLOOK_QUOTE}`,
    ],
    [
      "en",
      "Re: Thank you",
      `Hello,\n\nThis is an automated response: I'm away until Monday, January 4. For urgent matters please contact hr@acme.example.${GMAIL_QUOTE}`,
    ],
    [
      "de",
      "AW: Thank you",
      "Dies ist eine automatische Antwort. Ich bin bis einschließlich 4. Januar nicht im Büro.\n\n-----Ursprüngliche Nachricht-----\nVon: Sam Lee <sam@candidate.example>\nGesendet: Montag, 30. November 2026 09:00\nAn: Dana Ortiz\nBetreff: Thank you\n\nHallo Dana, vielen Dank.\n",
    ],
    [
      "fr",
      "RE: Thank you",
      "Bonjour,\n\nCeci est une réponse automatique. Je suis absente jusqu'au 4 janvier inclus.\n\nLe lun. 30 nov. 2026 à 09:00, Sam Lee <sam@candidate.example> a écrit :\n> Bonjour Dana, merci.\n",
    ],
    [
      "es",
      "RE: Thank you",
      "Este es un mensaje automático. Estaré fuera de la oficina hasta el 4 de enero.\n\nEl lun, 30 nov 2026 a las 9:00, Sam Lee (<sam@candidate.example>) escribió:\n> Hola Dana, gracias.\n",
    ],
    [
      "pt",
      "RES: Thank you",
      "Esta é uma resposta automática. Estou de férias até 4 de janeiro.\n\nEm seg., 30 de nov. de 2026 às 09:00, Sam Lee <sam@candidate.example> escreveu:\n> Olá Dana, obrigado.\n",
    ],
    [
      "it",
      "R: Thank you",
      "Questa è una risposta automatica. Sono fuori ufficio fino al 4 gennaio.\n\nIl giorno lun 30 nov 2026 alle ore 09:00 Sam Lee <sam@candidate.example> ha scritto:\n> Ciao Dana, grazie.\n",
    ],
    [
      "nl",
      "Re: Thank you",
      "Dit is een automatisch antwoord. Ik ben tot 4 januari afwezig.\n\nOp ma 30 nov. 2026 om 09:00 schreef Sam Lee <sam@candidate.example>:\n> Hoi Dana, bedankt.\n",
    ],
    [
      "pl",
      "Odp: Thank you",
      "To jest automatyczna odpowiedź. Jestem na urlopie do 4 stycznia.\n\nW dniu 30.11.2026 o 09:00, Sam Lee pisze:\n> Dzień dobry, dziękuję.\n",
    ],
    [
      "ja",
      "Re: Thank you",
      "本メールは自動返信です。1月4日まで不在にしております。\n\n2026年11月30日(月) 9:00 Sam Lee <sam@candidate.example>:\n> ありがとうございました。\n",
    ],
    [
      "zh",
      "回复: Thank you",
      "这是一封自动回复邮件。我目前正在休假，1月4日返回。\n\nSam Lee <sam@candidate.example> 于2026年11月30日周一 09:00写道：\n> 谢谢。\n",
    ],
    [
      "de, a help desk's acknowledgement that quotes the request",
      "[Ticket#2026120210000417] RE: Thank you",
      "Dies ist eine automatisch generierte Nachricht. Ihre E-Mail ist bei uns eingegangen, wir melden uns so bald wie möglich.\n\nIhre Nachricht:\n> Hallo Dana, vielen Dank für das Gespräch.\n",
    ],
  ])("%s is an auto_reply", async (_lang, subject, body) => {
    expect((await classify(subject, body)).kind).toBe("auto_reply");
  });

  it.each([
    // A person who mentions their auto-reply, or someone else's, in their own answer.
    `Sorry Sam, my auto-reply said I was away until January, but I'm back. Thursday works.${GMAIL_QUOTE}`,
    `Hi Sam, I only got "This is an automatic reply" from Dana's address: she is away, so I'll pass your note on.${GMAIL_QUOTE}`,
    `Thanks Sam! I'm on vacation from December 20, but we will decide by December 15.${OUTLOOK_QUOTE}`,
    // An applicant tracking system's footer under a recruiter's answer.
    `Hi Sam, thanks for the note, we will decide by Friday.\n\nDana\n\nThis is an automated message from Acme's hiring system on behalf of Dana Ortiz.${GMAIL_QUOTE}`,
    "Danke Sam! Die automatische Antwort von Lena können Sie ignorieren, sie ist ab Montag zurück.\n\nAm 30.11.2026 um 09:00 schrieb Sam Lee <sam@candidate.example>:\n> Hallo Dana, vielen Dank.\n",
  ])("a person's answer above the quote stays a reply (%#)", async (body) => {
    expect((await classify("Re: Thank you", body)).kind).toBe("reply");
  });
});

describe("describesItselfAsAutomatic", () => {
  it("reads only the opening, at the start of a sentence", () => {
    expect(describesItselfAsAutomatic("This is an automatic reply.")).toBe(true);
    expect(describesItselfAsAutomatic("Thank you for your message. This is an automated response.")).toBe(
      true,
    );
    expect(describesItselfAsAutomatic('She said "this is an automatic reply" twice.')).toBe(false);
    expect(
      describesItselfAsAutomatic(`${"We enjoyed meeting you. ".repeat(20)}This is an automated message.`),
    ).toBe(false);
  });
});

// Notices a mailbox sends of itself, with no automation header and a reply subject: a departed recruiter's
// address, an unmonitored careers@ inbox, a challenge-response filter asking us to prove we are a person.
describe("a mailbox's notice about itself", () => {
  it.each([
    [
      "Re: Thank you",
      "Thank you for your message. Dana Ortiz is no longer with Acme. For recruiting questions, please contact talent@acme.example.\n",
    ],
    ["Re: Thank you", "This mailbox is no longer monitored. Please write to talent@acme.example instead.\n"],
    [
      "RE: Thank you",
      `Hello,\n\nPlease note that this email address is not monitored. Visit careers.acme.example for the status of your application.${OUTLOOK_QUOTE}`,
    ],
    [
      "Re: Thank you [SpamArrest]",
      "I apologize for this automatic reply to your email.\n\nTo control spam, I now allow incoming messages only from senders I have approved beforehand.\n\nIf you would like to be added to my list of approved senders, please fill out the short request form (see link below).\n",
    ],
    [
      "Request to join my Guest List",
      "Hello,\n\nYour message to Dana Ortiz has been held. To make sure your mail reaches me, please verify that you are a person by adding yourself to my guest list: https://www.boxbe.com/...\n",
    ],
  ])("%j is an auto_reply", async (subject, body) => {
    expect((await classify(subject, body)).kind).toBe("auto_reply");
  });

  it.each([
    "Hi Sam, thanks! Note that Priya is no longer with Acme, so I am taking over your process. Let's talk Monday.\n",
    "Thanks Sam. My old address is no longer monitored, so please write to me here from now on.\n",
    `Priya is no longer with Acme, I am handling her candidates now. We will decide next week.${GMAIL_QUOTE}`,
  ])(
    "a person saying someone else left, or that another inbox is unmonitored, is a reply: %j",
    async (body) => {
      expect((await classify("Re: Thank you", body)).kind).toBe("reply");
    },
  );
});
