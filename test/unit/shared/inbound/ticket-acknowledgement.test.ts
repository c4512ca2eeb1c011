import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { classifyInboundEmail } from "../../../../shared/inbound/classify-inbound-email.js";
import type { ParsedInboundEmail } from "../../../../shared/inbound/inbound-email.js";
import { parseInboundEmail } from "../../../../shared/inbound/parse-inbound-email.js";
import { quotesEarlierMessage } from "../../../../shared/inbound/quotes-earlier-message.js";
import { subjectOwnWords } from "../../../../shared/inbound/subject-own-words.js";
import { isTicketAcknowledgement } from "../../../../shared/inbound/ticket-acknowledgement.js";
import {
  REQUEST_LOGGED,
  REQUEST_NUMBER,
  TICKET_LOGGED,
  TICKET_REFERENCE,
  TICKET_SUBJECT_LABEL,
} from "../../../../shared/inbound/ticket-acknowledgement-wording.js";
import { everyTestMail } from "../../../support/every-test-mail.js";
import { parsePlainMail } from "../../../support/parse-plain-mail.js";

const parse = (subject: string, body: string, from = "Acme Careers <careers@acme.example>") =>
  parsePlainMail(subject, body, from);

// Help desks answer a careers@ mailbox in the requester's language; with their automation headers stripped
// (a forwarding hop, a relay) only the wording and the ticket number are left. Written after the default
// "request received" notices the help desks document (Zendesk's trigger, Freshdesk's new-ticket reply, OTRS's
// auto-response, Jira Service Management, ServiceNow), in each language's usual phrasing.
describe("a help desk's acknowledgement in other languages", () => {
  it.each([
    [
      "de",
      "[Acme Karriere] Re: Vielen Dank für das Gespräch",
      "##- Bitte geben Sie Ihre Antwort über dieser Zeile ein -##\n\nIhre Anfrage (#12345) ist bei uns eingegangen und wird von unseren Mitarbeitern geprüft.\n\nUm weitere Kommentare hinzuzufügen, antworten Sie einfach auf diese E-Mail.\n",
    ],
    [
      "de",
      "[Ticket#2026120110000123] RE: Vielen Dank für das Gespräch",
      "Guten Tag,\n\nIhre E-Mail ist bei uns eingegangen. Es wurde ein Ticket für Sie angelegt; wir melden uns so schnell wie möglich.\n\nIhr Acme Service-Team\n",
    ],
    [
      "de",
      "Ticket-Nr. 48213: Vielen Dank für das Gespräch",
      "Sehr geehrte Damen und Herren,\n\nIhre Anfrage wurde unter der Ticket-Nr. 48213 empfangen und an die zuständige Abteilung weitergeleitet.\n",
    ],
    [
      "fr",
      "[Acme Recrutement] Re: Merci pour l'entretien",
      "Bonjour,\n\nNous avons bien reçu votre demande n° 12345. Un membre de notre équipe vous répondra dans les meilleurs délais.\n",
    ],
    [
      "fr",
      "Ticket reçu - Merci pour l'entretien",
      "Bonjour Sam,\n\nNous accusons réception de votre demande et un ticket a été créé. Un conseiller l'examinera et vous répondra personnellement (en général sous 24 heures).\n",
    ],
    [
      "es",
      "[Acme Empleo] Re: Gracias por la entrevista",
      "Hola,\n\nSu solicitud (12345) ha sido recibida y está siendo revisada por nuestro equipo de soporte.\n\nPara añadir comentarios, responda a este correo.\n",
    ],
    [
      "es",
      "[#48213] Re: Gracias por la entrevista",
      "Hola Sam,\n\nHemos recibido su solicitud #48213. Un agente la atenderá lo antes posible.\n",
    ],
    [
      "es",
      "Incidente INC0012345 abierto: Gracias por la entrevista",
      "Se ha abierto el incidente INC0012345 en su nombre. Le mantendremos informado del progreso.\n",
    ],
    [
      "pt",
      "[Acme Carreiras] Re: Obrigado pela entrevista",
      "Olá,\n\nSua solicitação (#12345) foi recebida e está sendo analisada pela nossa equipe de suporte.\n",
    ],
    [
      "pt",
      "Chamado #48213 aberto - Obrigado pela entrevista",
      "Olá Sam,\n\nRecebemos o seu e-mail e o chamado foi aberto. Nossa equipe responderá em até 2 dias úteis.\n",
    ],
    [
      "it",
      "[Acme Lavora con noi] Re: Grazie per il colloquio",
      "Gentile cliente,\n\nla sua richiesta (#12345) è stata ricevuta e verrà esaminata dal nostro staff di assistenza.\n",
    ],
    [
      "it",
      "[Ticket #48213] Re: Grazie per il colloquio",
      "Buongiorno,\n\nè stato aperto il ticket n. 48213 per la sua richiesta. Le risponderemo al più presto.\n",
    ],
    [
      "nl",
      "[Acme Werken bij] Re: Bedankt voor het gesprek",
      "Beste Sam,\n\nUw aanvraag (#12345) is ontvangen en wordt beoordeeld door onze medewerkers.\n",
    ],
    [
      "nl",
      "Ticketnummer 48213: Bedankt voor het gesprek",
      "Beste Sam,\n\nEr is een ticket aangemaakt voor uw vraag. We nemen zo snel mogelijk contact met u op.\n",
    ],
    [
      "pl",
      "[Acme Kariera] Re: Dziękuję za rozmowę",
      "Dzień dobry,\n\nTwoje zgłoszenie nr 12345 zostało przyjęte i jest rozpatrywane przez nasz zespół.\n",
    ],
    [
      "pl",
      "[#48213] Odp: Dziękuję za rozmowę",
      "Dzień dobry,\n\nOtrzymaliśmy Twoje zgłoszenie #48213. Odpowiemy najszybciej, jak to możliwe.\n",
    ],
    [
      "ja",
      "[受付番号:48213] Re: 面接のお礼",
      "Sam 様\n\nお問い合わせ（受付番号：48213）を受け付けました。担当者より順次ご連絡いたします。\n",
    ],
    [
      "ja",
      "Re: 面接のお礼",
      "お問い合わせ（#12345）を受け付けました。担当者より折り返しご連絡いたします。\n",
    ],
    ["zh", "[#12345] 回复: 感谢面试", "您好，\n\n您的请求 (#12345) 已收到，我们的支持人员正在处理。\n"],
    ["zh", "[工单 #48213] 回复: 感谢面试", "您好，您的工单已创建，我们将在两个工作日内答复您。\n"],
  ])("%s %j is an auto_reply", async (_lang, subject, body) => {
    const email = await parse(subject, body);
    expect(isTicketAcknowledgement(email)).toBe(true);
    expect(classifyInboundEmail(email)).toMatchObject({
      kind: "auto_reply",
      reason: "ticket system acknowledgement",
    });
  });

  // People say they received a message in every language; without a ticket's number, or above the message
  // they quote, it is their answer and must stop the chain.
  it.each([
    [
      "de",
      "Re: Vielen Dank für das Gespräch",
      "Hallo Sam,\n\nich habe Ihre E-Mail erhalten, danke! Wir melden uns bis Freitag.\n\nLena\n",
    ],
    [
      "de",
      "[Ticket#2026120110000123] RE: Vielen Dank für das Gespräch",
      "Hallo Sam,\n\nIhre Anfrage ist eingegangen und Dana ruft Sie am Freitag an.\n",
    ],
    [
      "de",
      "[Ticket#2026120110000123] RE: Vielen Dank für das Gespräch",
      "Ihre Anfrage #48213 ist eingegangen, ich habe sie selbst an Dana weitergegeben.\n\nAm 30.11.2026 um 09:00 schrieb Sam Lee <sam@candidate.example>:\n> Vielen Dank für das Gespräch.\n",
    ],
    [
      "fr",
      "Re: Merci pour l'entretien",
      "Bonjour Sam,\n\nNous avons bien reçu votre message, merci ! Nous revenons vers vous vendredi.\n",
    ],
    [
      "fr",
      "Re: Merci pour l'entretien (poste réf. 4521)",
      "Bonjour Sam,\n\nVotre demande a bien été reçue et le comité l'examine cette semaine.\n",
    ],
    [
      "es",
      "Re: Gracias por la entrevista",
      "Hola Sam,\n\nHe recibido tu correo. Te escribimos el viernes.\n",
    ],
    [
      "es",
      "[#48213] Re: Gracias por la entrevista",
      "Hola Sam, hemos recibido su solicitud y Dana le llamará el viernes.\n",
    ],
    [
      "pt",
      "Re: Obrigado pela entrevista",
      "Olá Sam,\n\nRecebi o seu e-mail, obrigado! Respondemos até sexta-feira.\n",
    ],
    [
      "it",
      "Re: Grazie per il colloquio",
      "Ciao Sam,\n\nho ricevuto la tua email, ti faremo sapere entro venerdì.\n",
    ],
    [
      "nl",
      "Re: Bedankt voor het gesprek",
      "Hoi Sam,\n\nik heb je e-mail ontvangen, we laten het vrijdag weten.\n",
    ],
    [
      "pl",
      "Odp: Dziękuję za rozmowę",
      "Dzień dobry,\n\notrzymałam Pana wiadomość i zgłoszenie zostało przyjęte. Odezwiemy się w piątek.\n",
    ],
    ["ja", "Re: 面接のお礼", "Sam様\n\nメールを受け取りました。金曜日までにご連絡します。\n"],
    // A number that is not the request's own: a job's reference, a telephone number.
    [
      "de",
      "Re: Vielen Dank für das Gespräch",
      "Hallo Sam,\n\nIhre Nachricht zur Stelle Nr. 4521 ist bei uns eingegangen, Dana meldet sich am Freitag.\n",
    ],
    [
      "en",
      "Re: Thank you for the interview",
      "Hi Sam, your request for position #4521 has been received and Dana will call you on Friday.\n",
    ],
    [
      "pt",
      "Re: Obrigado pela entrevista",
      "Olá Sam, recebemos o seu e-mail (021) 5555-1234 é o meu telefone, ligue na sexta.\n",
    ],
    ["zh", "回复: 感谢面试", "Sam你好，\n\n邮件已收到，我们会在周五前答复你。\n"],
    [
      "zh",
      "[工单 #48213] 回复: 感谢面试",
      "您的请求已收到，我已经转给了王经理，他周五会联系你。\n\n在 2026年11月30日 09:00，Sam Lee <sam@candidate.example> 写道：\n> 感谢面试。\n",
    ],
  ])("%s %j from a person stays a reply", async (_lang, subject, body) => {
    const email = await parse(subject, body, "Lena Bauer <lena@firma.example>");
    expect(isTicketAcknowledgement(email)).toBe(false);
    expect(classifyInboundEmail(email).kind).toBe("reply");
  });
});

describe("the acknowledgement wording is searched only where its number could be", () => {
  it("finds a ticket whose only reference has one digit, with no number in the subject", async () => {
    const email = await parse(
      "Re: Vielen Dank für das Gespräch",
      "Guten Tag,\n\nIhr Ticket (HR-7) wurde erstellt. Wir melden uns so schnell wie möglich.\n",
    );
    expect(isTicketAcknowledgement(email)).toBe(true);
  });

  it("finds a ticket logged in words without digits when the subject carries its number", async () => {
    const email = await parse(
      "[Ticket#2026120110000123] RE: Vielen Dank für das Gespräch",
      "Guten Tag,\n\nEs wurde ein Ticket für Sie angelegt; wir melden uns so schnell wie möglich.\n",
    );
    expect(isTicketAcknowledgement(email)).toBe(true);
  });

  // The search without the digit checks, as it was: every phrase of the opening weighed.
  const unfiltered = (email: ParsedInboundEmail): boolean => {
    const opening = email.text.slice(0, 800).replace(/\s+/g, " ").slice(0, 400);
    const own = subjectOwnWords(email.subject);
    const subjectNumbered = TICKET_REFERENCE.test(own) || TICKET_SUBJECT_LABEL.test(own);
    const numbered =
      [...opening.matchAll(REQUEST_LOGGED())].some((m) => REQUEST_NUMBER().test(m[0])) ||
      [...opening.matchAll(TICKET_LOGGED())].some((m) => subjectNumbered || TICKET_REFERENCE.test(m[0]));
    return numbered && !quotesEarlierMessage(email.text);
  };
  const { fixtures: fixtureMails, all: mails } = everyTestMail();

  it(`answers as the unfiltered search for every fixture mail (${mails.length})`, async () => {
    let acknowledgements = 0;
    for (const file of mails) {
      const email = await parseInboundEmail(readFileSync(file));
      if (email.kind !== "parsed") continue;
      const expected = unfiltered(email);
      if (expected) acknowledgements++;
      expect(isTicketAcknowledgement(email), file).toBe(expected);
    }
    expect(fixtureMails.length).toBeGreaterThan(200);
    expect(acknowledgements).toBeGreaterThan(0);
  });
});
