import { readFile } from "node:fs/promises";
import { classifyInboundEmail } from "../shared/inbound/classify-inbound-email.js";
import { extractDecisionDate, extractReturnDate } from "../shared/inbound/extract-dates.js";
import { parseInboundEmail } from "../shared/inbound/parse-inbound-email.js";
import { verifyReplyToken } from "../shared/mail/reply-token.js";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  /** Stands in for the Date header when a message has none. */
  now: () => Date;
}

/**
 * `inbound parse <file.eml>`: what the inbound handler would make of one raw message, as JSON, without
 * touching any store. The token's signature is checked only when REPLY_TOKEN_SECRET is set; REPLY_DOMAIN,
 * when set, limits tokens to that domain as the handler does.
 */
export async function inboundParseCommand(file: string, io: CliIo): Promise<number> {
  let raw: Buffer;
  try {
    raw = await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    io.stderr(`cannot read ${file}: ${code === "ENOENT" ? "no such file" : String(err)}\n`);
    return 1;
  }
  const email = await parseInboundEmail(raw, { replyDomain: io.env.REPLY_DOMAIN || undefined });
  const result = classifyInboundEmail(email);
  const parsed = email.kind === "parsed" ? email : undefined;
  const receivedAt = parsed?.date ? new Date(parsed.date) : io.now();
  const text = parsed?.visibleText ?? "";
  const token = parsed?.tokens[0] ?? null;
  const secret = io.env.REPLY_TOKEN_SECRET;
  const out = {
    kind: result.kind,
    reason: result.reason,
    text,
    token,
    ...(secret ? { tokenValid: token !== null && verifyReplyToken(secret, token) !== undefined } : {}),
    tokens: parsed?.tokens ?? [],
    // Each date only means something for its kind: a person's "back on Monday" is not an out-of-office.
    returnDate:
      result.kind === "auto_reply"
        ? (extractReturnDate(`${text}\n\n${parsed?.subject ?? ""}`, receivedAt) ?? null)
        : null,
    decisionDate: result.kind === "reply" ? (extractDecisionDate(text, receivedAt) ?? null) : null,
    from: parsed?.from ?? null,
    subject: parsed?.subject ?? null,
    date: parsed?.date ?? null,
    messageId: parsed?.messageId ?? null,
    inReplyTo: parsed?.inReplyTo ?? null,
    references: parsed?.references ?? [],
    bouncedRecipients: result.bouncedRecipients,
    ...(result.permanent !== undefined ? { permanentBounce: result.permanent } : {}),
    originalMessageIds: parsed?.attachedOriginal.messageIds ?? [],
    sizeBytes: email.sizeBytes,
  };
  io.stdout(`${JSON.stringify(out, null, 2)}\n`);
  return 0;
}
