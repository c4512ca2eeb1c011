/**
 * The lines mail clients put above quoted history, in the languages they are localised in: attribution lines
 * ("On <date>, <name> wrote:", "Am ... schrieb ...:", "<date> пользователь <address> написал:",
 * "<name> 于<date>写道："), Outlook's header blocks ("From:/Sent:", "Von:/Gesendet:", "差出人:/送信日時:"),
 * "Original Message" rules and forward markers.
 */

// The verb that ends an attribution line, by client and language: en, fr, de, es, it, pt, nl, sv/da/no, pl,
// ru, ja, zh (simplified and traditional), fi.
const VERBS = [
  "wrote",
  "writes",
  "a écrit",
  "a ecrit",
  "schrieb",
  "escribió",
  "escribio",
  "ha scritto",
  "scrive",
  "escreveu",
  "schreef",
  "skrev",
  "napisał\\(a\\)",
  "napisała?",
  "pisze",
  "написал\\(а\\)",
  "написала?",
  "пишет",
  "kirjoitti",
].join("|");
// Japanese and Chinese verbs follow the name or address with no space.
const CJK_VERBS = ["のメール", "は書きました", "書きました", "写道", "寫道"].join("|");

const COLON = "\\s?[:：]";

/** A whole attribution line ending in a localised "wrote:". */
const WROTE_LINE = new RegExp(`^\\s*\\S.{0,300}?(\\s(${VERBS})|${CJK_VERBS})${COLON}\\s*$`, "i");
/** Gmail in Russian or Japanese writes no verb: "<date>, <name> <address>:". */
const DATE_ADDRESS_LINE = new RegExp(`^\\s*.{0,60}\\d.{0,250}<[^\\s<>@]+@[^\\s<>]+>${COLON}\\s*$`);
const OPENING = /^\s*(On|Le|Am|El|Il giorno|Em|Op|Den|W dniu|Dnia)\s/i;
/** German, Dutch and Polish clients put the verb before the name: "Am <date> schrieb Sam Lee:". */
const VERB_INSIDE_LINE = new RegExp(`${OPENING.source}.{0,250}\\s(${VERBS})\\s.{1,200}${COLON}\\s*$`, "i");
// What makes an attribution certain even when nothing quoted follows it: an address, a time of day, or an
// "On ..." opening.
const STRONG = new RegExp(`@|\\d{1,2}[:.hH]\\d{2}|${OPENING.source}`, "i");

const ORIGINAL_MESSAGE = new RegExp(
  `^\\s*-{2,}\\s*(${[
    "Original Message",
    "Ursprüngliche Nachricht",
    "Originalnachricht",
    "Message d'origine",
    "Message original",
    "Mensaje original",
    "Mensagem original",
    "Messaggio originale",
    "Oorspronkelijk bericht",
    "Oryginalna wiadomość",
    "Wiadomość oryginalna",
    "Исходное сообщение",
    "Исходное письмо",
    "元のメッセージ",
    "原始邮件",
    "原始郵件",
    "原始邮件信息",
  ].join("|")})\\s*-{2,}\\s*$`,
  "i",
);

const FORWARD_RULE = [
  "Forwarded message",
  "Weitergeleitete Nachricht",
  "Message transféré",
  "Mensaje reenviado",
  "Mensagem encaminhada",
  "Messaggio inoltrato",
  "Doorgestuurd bericht",
  "Przekazana wiadomość",
  "Wiadomość przekazana dalej",
  "Пересылаемое сообщение",
  "Пересланное сообщение",
  "転送されたメッセージ",
  "转发的邮件",
  "轉寄的郵件",
].join("|");
const FORWARD_OPENING = [
  "Begin forwarded message",
  "Anfang der weitergeleiteten Nachricht",
  "Début du message réexpédié",
  "Début du message transféré",
  "Inicio del mensaje reenviado",
  "Início da mensagem reencaminhada",
  "Início da mensagem encaminhada",
  "Inizio messaggio inoltrato",
  "Begin doorgestuurd bericht",
  "Początek przekazywanej wiadomości",
  "Начало переадресованного сообщения",
  "Начало пересылаемого сообщения",
  "転送されたメッセージ",
  "以下为转发的邮件",
  "转发的邮件",
].join("|");
const FORWARDED = new RegExp(`^\\s*(-{2,}\\s*(${FORWARD_RULE})\\s*-{2,}|(${FORWARD_OPENING})\\s?[:：])`, "i");

// Outlook's quote block: "From: ..." followed within a few lines by "Sent: ..." (or "Date:"), possibly bolded.
const OUTLOOK_FROM =
  /^\s*\*?(From|Von|De|Da|Van|Från|Fra|Od|От|差出人|发件人|發件人|寄件者)\s?[:：]\*?\s*\S/i;
const OUTLOOK_SENT =
  /^\s*\*?(Sent|Date|Gesendet|Datum|Envoyé|Enviado|Enviada|Inviato|Data|Verzonden|Skickat|Sendt|Wysłano|Отправлено|Дата|送信日時|日付|发送时间|發送時間|寄件日期|日期)\s?[:：]\*?\s*\S/i;
const OUTLOOK_RULE = /^\s*_{10,}\s*$/;

/** True when the line opens a forwarded message ("---------- Forwarded message ---------", "Begin forwarded message:"). */
export function isForwardMarker(line: string): boolean {
  return FORWARDED.test(line);
}

export function isQuoteLine(line: string): boolean {
  return /^\s*>/.test(line);
}

function isAttributionText(text: string): boolean {
  return WROTE_LINE.test(text) || DATE_ADDRESS_LINE.test(text) || VERB_INSIDE_LINE.test(text);
}

/**
 * How many lines (1 or 2) the attribution starting at line i takes, or 0. Clients wrap a long attribution
 * over two lines ("... пользователь Sam Lee" / "<sam@x.example> написал:"). A bare "Name wrote:" counts only
 * when quoted lines follow it; one with a date, an address or an "On ..." opening counts anywhere.
 */
export function attributionLength(lines: readonly string[], i: number): 0 | 1 | 2 {
  const line = lines[i] ?? "";
  if (line.trim() === "" || isQuoteLine(line)) return 0;
  const quoted = nextIsQuote(lines, i);
  if (isAttributionText(line) && (STRONG.test(line) || quoted)) return 1;
  const next = lines[i + 1];
  if (next === undefined || next.trim() === "" || isQuoteLine(next)) return 0;
  // The first half of a wrapped attribution carries its date, address or opening and ends mid-phrase; a line
  // that ends a sentence, or one followed by a whole attribution of its own, is the reply's last line.
  if (!STRONG.test(line) || /[.!?…。！？]\s*$/.test(line) || OPENING.test(next)) return 0;
  // Gmail breaks the line inside the address's angle brackets: "Sam Lee <" / "sam@x.example> wrote:".
  const head = line.trimEnd();
  const joined = `${head}${head.endsWith("<") ? "" : " "}${next.trim()}`;
  if (line.length <= 300 && isAttributionText(joined)) return 2;
  return 0;
}

/** True when the next non-blank line within two is quoted ("> ..."). */
export function nextIsQuote(lines: readonly string[], i: number): boolean {
  for (let j = i + 1; j < lines.length && j <= i + 2; j++) {
    const l = lines[j] ?? "";
    if (l.trim() !== "") return isQuoteLine(l);
  }
  return false;
}

/** True when line i opens quoted or forwarded history: an attribution, a rule, a forward or an Outlook block. */
export function startsQuotedHistory(lines: readonly string[], i: number): boolean {
  const line = lines[i] ?? "";
  if (isQuoteLine(line)) return false;
  if (ORIGINAL_MESSAGE.test(line) || FORWARDED.test(line)) return true;
  if (attributionLength(lines, i) > 0) return true;
  if (OUTLOOK_RULE.test(line) && OUTLOOK_FROM.test(lines[i + 1] ?? "")) return true;
  if (OUTLOOK_FROM.test(line)) {
    for (let j = i + 1; j <= i + 4 && j < lines.length; j++) {
      if (OUTLOOK_SENT.test(lines[j] ?? "")) return true;
    }
  }
  return false;
}
