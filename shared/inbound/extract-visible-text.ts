import EmailReplyParser from "email-reply-parser";
import { attributionLength, isQuoteLine, nextIsQuote, startsQuotedHistory } from "./quote-markers.js";

// A person's reply is short; whatever follows the first 64k characters is history or attachments inlined by a
// client. Capping it also bounds the regex work of the reply parser on hostile input.
const MAX_ANALYSED_CHARS = 64 * 1024;
// email-reply-parser is quadratic in a line's length on some input (a 64k line of digits takes seconds; 4k
// lines take milliseconds): longer lines, which no person types, are broken up first.
const MAX_LINE_CHARS = 4000;

function breakLongLines(lines: string[]): string[] {
  if (lines.every((l) => l.length <= MAX_LINE_CHARS)) return lines;
  return lines.flatMap((l) => {
    const parts: string[] = [];
    for (let i = 0; i < l.length; i += MAX_LINE_CHARS) parts.push(l.slice(i, i + MAX_LINE_CHARS));
    return parts.length ? parts : [l];
  });
}

/** Index of the first line that starts the quoted history, or -1. */
function findSeparator(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    if (startsQuotedHistory(lines, i)) return i;
  }
  return -1;
}

/** The lines without the attributions that introduce each quote block (bottom-posted or interleaved replies). */
function withoutAttributions(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const n = attributionLength(lines, i);
    if (n > 0 && nextIsQuote(lines, i + n - 1)) {
      i += n - 1;
      continue;
    }
    out.push(lines[i] ?? "");
  }
  return out;
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
 * Top-posted replies are cut at the first quote header, in any of the common clients' languages (see
 * quote-markers.ts); email-reply-parser then drops "> " lines and signatures ("-- ", "Sent from my iPhone",
 * "Regards,"...). A bottom-posted reply, whose quote header comes first, is left whole to the reply parser,
 * which keeps the unquoted lines after the quote.
 */
export function extractVisibleText(text: string): string {
  const normalised = text.slice(0, MAX_ANALYSED_CHARS).replace(/\r\n?/g, "\n");
  const lines = breakLongLines(normalised.split("\n"));
  const sep = findSeparator(lines);
  let body = lines;
  if (sep >= 0) {
    const above = lines.slice(0, sep);
    if (above.some((l) => l.trim() !== "" && !isQuoteLine(l))) body = above;
  }
  const visible = tidy(new EmailReplyParser().parseReply(withoutAttributions(body).join("\n")));
  // A message that is nothing but a quote (or a signature) keeps its unquoted text rather than vanish.
  return visible !== "" ? visible : tidy(lines.filter((l) => !isQuoteLine(l)).join("\n"));
}
