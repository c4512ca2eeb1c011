import { extractVisibleText } from "./extract-visible-text.js";
import type { InboundAddress } from "./inbound-email.js";
import { isForwardMarker } from "./quote-markers.js";

/** The message a forward carries: who wrote it, when (as written), its subject, and what they wrote. */
export interface ForwardedMessage {
  from: InboundAddress;
  /** The forwarded Date line as written ("Tue, Dec 1, 2026 at 9:30 AM"), when there is one. */
  date?: string;
  /** The forwarded Subject line, when there is one: "Automatic reply: ..." tells an out-of-office. */
  subject?: string;
  /** What its author wrote: the forwarded body without its own quoted history. */
  text: string;
}

const FROM_KEYS = /^(from|von|de|da|van|od|от|差出人|发件人|發件人|寄件者)$/i;
const DATE_KEYS =
  /^(date|sent|datum|gesendet|envoyé|enviado|data|inviato|verzonden|wysłano|дата|日付|日期)$/i;
const SUBJECT_KEYS =
  /^(subject|betreff|objet|asunto|oggetto|onderwerp|temat|assunto|тема|件名|主题|主旨|ämne|emne|aihe|konu)$/i;
const HEADER_LINE = /^\s*\*?([^\s:：*]{1,20})\*?\s?[:：]\*?\s*(.*)$/;

function addressIn(value: string): InboundAddress | undefined {
  const m =
    /<([^<>\s@]+@[^<>\s@]+)>/.exec(value) ??
    /mailto:([^\s\]<>@]+@[^\s\]<>@]+)/i.exec(value) ??
    /([^\s<>"'[\]():,;]+@[^\s<>"'[\]():,;]+\.[a-z]{2,})/i.exec(value);
  const address = m?.[1]?.toLowerCase();
  if (!address) return undefined;
  const name = value
    .slice(0, m?.index ?? 0)
    .replace(/\[mailto:.*$/i, "")
    .replace(/["']/g, "")
    .trim();
  return { address, name: name.includes("@") ? "" : name };
}

/**
 * The first forwarded message in a plain text (Gmail's "---------- Forwarded message ---------", Apple
 * Mail's "Begin forwarded message:", and their translations): its From, Date, Subject and body. Undefined when the
 * text forwards nothing or the forwarded header block names no sender address.
 */
export function readForwardedMessage(text: string): ForwardedMessage | undefined {
  const lines = text.slice(0, 64 * 1024).split(/\r?\n/);
  const marker = lines.findIndex(isForwardMarker);
  if (marker < 0) return undefined;
  let i = marker + 1;
  while (i < lines.length && (lines[i] ?? "").trim() === "") i++;
  let from: InboundAddress | undefined;
  let date: string | undefined;
  let subject: string | undefined;
  const end = Math.min(lines.length, i + 12);
  for (; i < end; i++) {
    const line = lines[i] ?? "";
    if (line.trim() === "") break;
    const m = HEADER_LINE.exec(line);
    if (!m) continue; // a wrapped To or Cc line
    const [, key = "", value = ""] = m;
    if (!from && FROM_KEYS.test(key)) from = addressIn(value);
    else if (!date && DATE_KEYS.test(key) && value.trim()) date = value.trim();
    else if (subject === undefined && SUBJECT_KEYS.test(key)) subject = value.trim();
  }
  if (!from) return undefined;
  const body = lines.slice(i).join("\n");
  const visible = extractVisibleText(body).trim();
  return {
    from,
    ...(date ? { date } : {}),
    ...(subject ? { subject } : {}),
    text: (visible || body).trim(),
  };
}
