import type { ParsedInboundEmail } from "./inbound-email.js";
import { ORIGINAL_START } from "./returned-original-start.js";

export interface BouncedRecipient {
  /** Lower-cased address that could not be delivered to. */
  address: string;
  /** Enhanced status code (RFC 3463) such as "5.1.1", when the report gave one. */
  status?: string;
  /** RFC 3464 action: failed, delayed, relayed, expanded... */
  action?: string;
  /** The remote server's words (Diagnostic-Code or the line that named the address), trimmed to 300 chars. */
  diagnostic?: string;
}

const ADDRESS =
  /[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+/i;
// Not a piece of an IP address ("4.79.181.134" is no status code).
const STATUS = /(?<![\d.])([245]\.\d{1,3}\.\d{1,3})(?!\d|\.\d)/;
const MAX_RECIPIENTS = 50;

function clip(s: string | undefined): string | undefined {
  const t = s?.replace(/\s+/g, " ").trim();
  return t ? t.slice(0, 300) : undefined;
}

/** The address of an Original-/Final-Recipient field value ("rfc822; <a@b>"), lower-cased. */
function recipientAddress(value: string | undefined): string | undefined {
  if (!value || /;\s*<?@/.test(value)) return undefined;
  // A quoted local part ("a..b"@x) defeats the address pattern: fall back to the field's bare value.
  const bare = value
    .replace(/^[a-z0-9-]+\s*;\s*/i, "")
    .replace(/^<|>$/g, "")
    .trim();
  const address = ADDRESS.exec(value)?.[0] ?? (bare.includes("@") ? bare : undefined);
  return address?.toLowerCase();
}

/** Per-recipient blocks of RFC 3464 delivery-status parts. */
function fromDeliveryStatus(reports: string[]): BouncedRecipient[] {
  const out: BouncedRecipient[] = [];
  for (const report of reports) {
    const unfolded = report.replace(/\r?\n[ \t]+/g, " ");
    for (const block of unfolded.split(/\r?\n\s*\r?\n/)) {
      const field = (name: string): string | undefined =>
        new RegExp(`^${name}:[ \\t]*(.*)$`, "im").exec(block)?.[1]?.trim();
      const status = field("Status");
      const base = {
        status: status ? (STATUS.exec(status)?.[1] ?? status) : undefined,
        action: field("Action")?.toLowerCase(),
        diagnostic: clip(field("Diagnostic-Code")),
      };
      // The Original-Recipient is the address we wrote to; the Final-Recipient may be an alias it was
      // expanded to, or a source route ("@relay:user@ims_daemon"): keep both when they differ.
      for (const value of [field("Original-Recipient"), field("Final-Recipient")]) {
        const address = recipientAddress(value);
        if (address && !out.some((r) => r.address === address)) out.push({ address, ...base });
      }
    }
  }
  return out;
}

/** SES bounce notifications delivered by email (SNS email subscription): JSON, sometimes itself JSON-quoted. */
function fromSesNotification(text: string): BouncedRecipient[] {
  if (!/\\?"notificationType\\?"\s*:\s*\\?"Bounce/.test(text)) return [];
  const out: BouncedRecipient[] = [];
  const re =
    /\\?"emailAddress\\?"\s*:\s*\\?"([^"\\]+)\\?"(?:\s*,\s*\\?"action\\?"\s*:\s*\\?"([^"\\]*)\\?")?(?:\s*,\s*\\?"status\\?"\s*:\s*\\?"([^"\\]*)\\?")?(?:\s*,\s*\\?"diagnosticCode\\?"\s*:\s*\\?"([^"\\]*)\\?")?/g;
  for (const m of text.matchAll(re)) {
    if (!m[1]) continue;
    out.push({
      address: m[1].toLowerCase(),
      action: m[2] || undefined,
      status: m[3] || undefined,
      diagnostic: clip(m[4]),
    });
  }
  return out;
}

// A bare rule often starts the returned copy too, but some servers (Courier) also draw rules around the list
// of failed recipients, below their banner.
const RULE = /^\s*-{3,}\s*$/gm;
const MAX_RULES = 4;

/**
 * The recipients `read` finds above the returned original of a plain-text bounce: above the first rule, or,
 * when nothing there names one, above the next rule, up to the first sure sign of the original. Nothing past
 * the last rule is read, so a returned copy below a rule never counts.
 */
function aboveOriginal(text: string, max: number, read: (head: string) => BouncedRecipient[]) {
  const named = text.search(ORIGINAL_START);
  const rules = [...text.matchAll(RULE)].slice(0, MAX_RULES).map((m) => m.index);
  const cuts = [...rules.filter((i) => named < 0 || i < named), ...(named < 0 ? [] : [named])];
  for (const cut of cuts.length > 0 ? cuts : [-1]) {
    const found = read((cut > 0 ? text.slice(0, cut) : text).slice(0, max));
    if (found.length > 0) return found;
  }
  return [];
}

/** Plain-text bounces (Exim, Postfix, sendmail, Gmail, qmail...): lines that name an address and why it failed. */
function fromText(text: string): BouncedRecipient[] {
  return aboveOriginal(text, 32 * 1024, textLines);
}

function textLines(head: string): BouncedRecipient[] {
  const lines = head.split(/\r?\n/);
  const out: BouncedRecipient[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    // An address alone on its line (Exim, Gmail, Office 365), or leading its line as "<a@b>: ...", "a@b... ".
    const m = /^\s*<?([^\s<>()"]+@[^\s<>()":,]+?)>?(:?\s*$|:\s|\.\.\.|\s+\(|\s+host\s|\s+on\s|\s*;)/i.exec(
      line,
    );
    if (!m?.[1] || !ADDRESS.test(m[1])) continue;
    // The reason follows on the next lines up to a blank line (Exim indents it under the address).
    const block = [line];
    for (let j = i + 1; j < lines.length && j <= i + 6 && (lines[j] ?? "").trim() !== ""; j++)
      block.push(lines[j] ?? "");
    const context = block.join(" ");
    out.push({
      // Quotes around the address ('a@b') are not part of it.
      address: (ADDRESS.exec(m[1].replace(/^['`]+|['`]+$/g, ""))?.[0] ?? m[1]).toLowerCase(),
      status: STATUS.exec(context)?.[1],
      diagnostic: clip(line.slice(m[0].length) || lines[i + 1]),
    });
  }
  return out;
}

// A line that says a delivery failed and names the address ("Delivery failed 10 attempts: a@b",
// "Unknown user: a@b", "宛先不明: a@b", Gmail's "Your message wasn't delivered to a@b because the address
// couldn't be found", Office 365's "Your message to a@b couldn't be delivered.").
const FAILURE_LINE =
  /(fail|unknown|invalid|rejected|undeliver|(not|n't) (be )?delivered|(not|n't) be found|unable to receive|no such|does not exist|unavailable|quota|full|recipient|destinat|delay|retard|empfänger|zustell|verzöger|adresat|адресат|доставлен|задерж|宛先|不明|失敗|エラー|できません|遅延|收件人|不存在|失败|无法|延迟)/i;

/** Addresses on lines that say a delivery failed, above the returned original. */
function fromFailureLines(text: string): BouncedRecipient[] {
  return aboveOriginal(text, 16 * 1024, failureLines);
}

function failureLines(head: string): BouncedRecipient[] {
  const out: BouncedRecipient[] = [];
  for (const line of head.split(/\r?\n/)) {
    if (!FAILURE_LINE.test(line)) continue;
    const found = line.match(new RegExp(ADDRESS.source, "gi")) ?? [];
    if (found.length !== 1 || !found[0]) continue;
    out.push({ address: found[0].toLowerCase(), status: STATUS.exec(line)?.[1], diagnostic: clip(line) });
  }
  return out;
}

/** The recipients a bounce reports as failed, with status codes when the bounce gives them. */
export function extractBouncedRecipients(email: ParsedInboundEmail): BouncedRecipient[] {
  let found = fromDeliveryStatus(email.reports);
  if (found.length === 0) found = fromSesNotification(email.text);
  if (found.length === 0) {
    found = email.signals.xFailedRecipients.map((address) => ({ address }));
    // Exim names the reason in the body; borrow the status code from there.
    const texts = fromText(email.text);
    found = found.map((r) => texts.find((t) => t.address === r.address) ?? r);
  }
  const own = new Set([email.from?.address, ...email.to, ...email.cc]);
  if (found.length === 0) found = fromText(email.text).filter((r) => !own.has(r.address));
  if (found.length === 0) found = fromFailureLines(email.text).filter((r) => !own.has(r.address));
  // Last resort: a notice that names nobody but returns the message failed to reach its recipient.
  if (found.length === 0 && email.attachedOriginal.recipients.length === 1)
    found = email.attachedOriginal.recipients.filter((a) => !own.has(a)).map((address) => ({ address }));
  const seen = new Set<string>();
  return found.filter((r) => !seen.has(r.address) && seen.add(r.address)).slice(0, MAX_RECIPIENTS);
}
