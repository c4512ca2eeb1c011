import EmailReplyParser from "email-reply-parser";

// A person's reply is short; whatever follows the first 64k characters is history or attachments inlined by a
// client. Capping it also bounds the regex work of the reply parser on hostile input.
const MAX_ANALYSED_CHARS = 64 * 1024;

const QUOTE_VERBS = "wrote|writes|a écrit|schrieb|escribió|ha scritto|escreveu|schreef|skrev|napisał";
const ON_WROTE = new RegExp(
  `^\\s*(On|Le|Am|El|Il|Em|Op|Den|W dniu)\\s.{0,250}?\\s(${QUOTE_VERBS})\\s?:?\\s*$`,
  "i",
);
const NAME_WROTE = new RegExp(`^\\s*\\S.{0,150}\\s(${QUOTE_VERBS})\\s?:\\s*$`, "i");
const ORIGINAL_MESSAGE =
  /^\s*-{2,}\s*(Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original|Messaggio originale|Oorspronkelijk bericht)\s*-{2,}\s*$/i;
const FORWARDED =
  /^\s*(-{2,}\s*(Forwarded message|Weitergeleitete Nachricht|Message transféré|Mensaje reenviado)\s*-{2,}|Begin forwarded message:)/i;
// Outlook's quote block: "From: ..." followed within a few lines by "Sent: ..." (or "Date:"), possibly bolded.
const OUTLOOK_FROM = /^\s*\*?(From|Von|De|Da|Van|Från|Fra)\s?:\*?\s*\S/i;
const OUTLOOK_SENT =
  /^\s*\*?(Sent|Date|Gesendet|Datum|Envoyé|Enviado|Inviato|Verzonden|Skickat|Sendt)\s?:\*?\s*\S/i;
const OUTLOOK_RULE = /^\s*_{10,}\s*$/;

function isQuoteLine(line: string): boolean {
  return /^\s*>/.test(line);
}

function isAttribution(line: string): boolean {
  return ON_WROTE.test(line) || NAME_WROTE.test(line);
}

function nextIsQuote(lines: string[], i: number): boolean {
  for (let j = i + 1; j < lines.length && j <= i + 2; j++) {
    const l = lines[j] ?? "";
    if (l.trim() !== "") return isQuoteLine(l);
  }
  return false;
}

/** Index of the first line that starts the quoted history, or -1. */
function findSeparator(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (isQuoteLine(line)) continue;
    if (ORIGINAL_MESSAGE.test(line) || FORWARDED.test(line)) return i;
    if (ON_WROTE.test(line)) return i;
    // Gmail and Apple Mail wrap a long "On ..., Name <address> wrote:" over two lines.
    const next = lines[i + 1];
    if (
      /^\s*(On|Le|Am|El|Il|Em|Op)\s/i.test(line) &&
      next !== undefined &&
      ON_WROTE.test(`${line} ${next}`)
    ) {
      return i;
    }
    if (NAME_WROTE.test(line) && isQuoteLine(lines[i + 1] ?? lines[i + 2] ?? "")) return i;
    if (OUTLOOK_RULE.test(line) && OUTLOOK_FROM.test(lines[i + 1] ?? "")) return i;
    if (OUTLOOK_FROM.test(line)) {
      for (let j = i + 1; j <= i + 4 && j < lines.length; j++) {
        if (OUTLOOK_SENT.test(lines[j] ?? "")) return i;
      }
    }
  }
  return -1;
}

function tidy(text: string): string {
  return text
    .split("\n")
    .map((l) => l.replace(/[ \t\u00a0]+$/, ""))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * What the sender wrote in this message: the text without the quoted history and signature.
 *
 * Top-posted replies are cut at the first quote header ("On ... wrote:", Outlook's "From: / Sent:" block,
 * "-----Original Message-----", a forward marker); email-reply-parser then drops "> " lines and signatures
 * ("-- ", "Sent from my iPhone", "Regards,"...). A bottom-posted reply, whose quote header comes first, is
 * left whole to the reply parser, which keeps the unquoted lines after the quote.
 */
export function extractVisibleText(text: string): string {
  const normalised = text.slice(0, MAX_ANALYSED_CHARS).replace(/\r\n?/g, "\n");
  const lines = normalised.split("\n");
  const sep = findSeparator(lines);
  let body = normalised;
  if (sep >= 0) {
    const above = lines.slice(0, sep);
    if (above.some((l) => l.trim() !== "" && !isQuoteLine(l))) body = above.join("\n");
  }
  // Bottom-posted or interleaved: drop the attribution lines that introduce each quote block.
  const bodyLines = body.split("\n");
  body = bodyLines.filter((line, i) => !(isAttribution(line) && nextIsQuote(bodyLines, i))).join("\n");
  const visible = tidy(new EmailReplyParser().parseReply(body));
  // A message that is nothing but a quote (or a signature) keeps its unquoted text rather than vanish.
  return visible !== "" ? visible : tidy(lines.filter((l) => !isQuoteLine(l)).join("\n"));
}
