import { AUTO_REPLY_SUBJECT } from "./auto-reply-subject.js";
import { describesItselfAsAutomatic } from "./automatic-self-description.js";
import { asksSenderToVerify } from "./challenge-response-wording.js";
import type { ParsedInboundEmail } from "./inbound-email.js";
import { AUTO_SUBMITTED_NO, NOREPLY_SENDER } from "./machine-senders.js";
import { quotesEarlierMessage } from "./quotes-earlier-message.js";
import { saysSenderHasLeft } from "./sender-departure-notice.js";
import { subjectOwnWords } from "./subject-own-words.js";
import { isTicketAcknowledgement } from "./ticket-acknowledgement.js";
import { wordsBeforeSignOff } from "./words-before-sign-off.js";

// First-person out-of-office phrases: a person mentioning a holiday in a reply without its quoted history
// might trip these, which is the safe way to be wrong (an auto_reply does not stop the chain).
const AUTO_BODY = new RegExp(
  [
    "(i am|i'm|i will be|i'll be) (currently )?(out of (the )?office|away from (the |my )?(office|desk|email)|on (annual |parental )?(leave|vacation|holiday)|travell?ing with limited)",
    "(this is an?|an) (automated|automatic|auto-generated) (reply|response|message)",
    "\\bauto-?reply\\b",
    "limited access to (my )?e-?mail",
    "ich bin (zurzeit |derzeit |bis .{1,40}?)?(nicht im büro|abwesend|im urlaub|außer haus)",
    "je (suis|serai) (actuellement )?(absente?|en cong[ée]s?|en vacances)",
    "(estoy|estar[ée]) (actualmente )?(fuera de la oficina|de vacaciones|ausente)",
    "estou (atualmente |neste momento )?(fora do escrit[óo]rio|de f[ée]rias|ausente|de licen[çc]a)",
    "ik ben (momenteel |op dit moment )?(niet (aanwezig|op kantoor)|afwezig|met vakantie)",
    "sono (attualmente |al momento )?(fuori (ufficio|sede)|in ferie|assente)",
    "我(目前|现在|現在)?(正在)?休假|(不在|离开|離開)办公室|(不在|離開)辦公室",
    "休暇をいただいて|不在にして(おり|い)ます",
    // Present tense only, so "I was on holiday" (jag var, byl jsem, izindeydim, הייתי, kunne) stays a person's.
    "jag är (för närvarande |tyvärr |just nu )?(på semester|inte på kontoret|ej på kontoret|frånvarande|föräldraledig|tjänstledig)|jag har semester",
    "jeg er (p\\.?t\\.? |for tiden |i øjeblikket |for øyeblikket )?(på ferie|ikke på kontoret|fraværende|på barsel)|jeg (holder|har) ferie",
    "olen (tällä hetkellä |parhaillaan )?(lomalla|vuosilomalla|poissa toimistolta|virkavapaalla)",
    "(?<!byla? )jsem (momentálně |nyní )?(mimo kancelář|na dovolené|nepřítomn[ýá])|(?<!bola? )som (momentálne |práve )?(mimo kancelárie|na dovolenke|neprítomn[ýá])",
    "(szabadságon|házon kívül|irodán kívül) vagyok|nem vagyok az irodában",
    "sunt (în prezent |momentan )?([îi]n concediu|[îi]n afara biroului)",
    "[iİ]zindeyim|tatildeyim|ofis d[ıi][şs][ıi]nday[ıi]m|ofiste de[ğg]ilim",
    "(είμαι|βρίσκομαι) (εκτός γραφείου|σε άδεια|σε διακοπές)|απουσιάζω",
    "(?<![а-яіїєґ])я (зараз |наразі )?(перебуваю )?(у відпустці|в відпустці|поза офісом|не в офісі)",
    "(휴가|부재|출장) ?중(입니다|이며|이오니|이므로)",
    "אני (כרגע )?(נמצאת? )?(מחוץ למשרד|בחופשה)|אני (כרגע )?לא (נמצאת? )?במשרד",
    "(أنا|انا) (حالي[اً]{1,2} |الآن )?(خارج المكتب|في إجازة|في اجازة)",
    "saya (sedang|saat ini|kini)( sedang)? (cuti|bercuti|berlibur)|saya (sedang |saat ini |kini )*(berada di luar|tidak berada di|sedang di luar|tiada di) (kantor|pejabat)",
    "tôi (hiện|đang|hiện đang|hiện tại)( đang)? (nghỉ phép|đi nghỉ|đi công tác|vắng mặt)|tôi (hiện |hiện tại |đang )*không có mặt (tại|ở) văn phòng",
  ].join("|"),
  "i",
);

const PRECEDENCE_AUTO = /^(auto_reply|bulk|junk|list)\b/i;

/** Why this is an automatic message that is not a bounce (out of office, list mail, read receipt), or undefined. */
export function autoReplyReason(email: ParsedInboundEmail): string | undefined {
  const s = email.signals;
  if (s.autoSubmitted !== undefined && !AUTO_SUBMITTED_NO.test(s.autoSubmitted))
    return `Auto-Submitted: ${s.autoSubmitted}`;
  if (s.xAutoreply !== undefined) return `X-Autoreply: ${s.xAutoreply}`;
  if (s.xAutorespond !== undefined) return `X-Autorespond: ${s.xAutorespond}`;
  if (s.precedence !== undefined && PRECEDENCE_AUTO.test(s.precedence)) return `Precedence: ${s.precedence}`;
  // X-Auto-Response-Suppress is no sign: Exchange writes it on mail people send too (it asks for no auto-reply).
  const vendor = s.vendorAutoReply[0];
  if (vendor !== undefined) return vendor;
  if (s.listId !== undefined) return `mailing list (List-Id: ${s.listId.slice(0, 80)})`;
  const listManager = s.listManager[0];
  if (listManager !== undefined) return `mailing list manager (${listManager.slice(0, 80)})`;
  if (s.listUnsubscribe !== undefined) return "bulk mail (List-Unsubscribe)";
  if (s.reportType === "disposition-notification" || s.partTypes.includes("message/disposition-notification"))
    return "read receipt (RFC 8098 disposition notification)";
  // Only the sender's own words: a reply to our subject quotes the role and company we wrote.
  if (AUTO_REPLY_SUBJECT.test(subjectOwnWords(email.subject)))
    return `automatic-reply subject: ${email.subject.slice(0, 80)}`;
  const from = email.from?.address ?? "";
  if (NOREPLY_SENDER.test(from)) return `sender is ${from}`;
  if (email.from === undefined) return "no From address";
  if (s.returnPath === "") return "null envelope sender (Return-Path: <>)";
  // Some responders quote the message they answer, as a person's client does; what they say of themselves
  // ("This is an automatic reply") no person writes of their own answer, so it counts above a quote too.
  if (describesItselfAsAutomatic(email.visibleText)) return "automatic-reply wording (says it is automatic)";
  if (asksSenderToVerify(email.visibleText)) return "challenge-response (asks the sender to verify)";
  if (saysSenderHasLeft(email.visibleText, email.from.name))
    return "the sender's mailbox says they have left";
  // Wording alone, in a message that quotes the one it answers, is a person saying they will be away; and
  // below the sign-off it is a signature's or disclaimer's ("I am out of the office on Fridays").
  const said = wordsBeforeSignOff(email.visibleText.slice(0, 8 * 1024), email.from.name);
  if (AUTO_BODY.test(said) && !quotesEarlierMessage(email.text)) return "automatic-reply wording";
  if (isTicketAcknowledgement(email)) return "ticket system acknowledgement";
  return undefined;
}
