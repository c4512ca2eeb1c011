import { isQuoteLine, startsQuotedHistory } from "./quote-markers.js";

// The quoted history follows a person's few lines; looking further only costs time.
const MAX_SCANNED_CHARS = 64 * 1024;

/**
 * True when the text carries an earlier message under it: "> " lines, an attribution ("On ... wrote:"), an
 * Outlook From/Sent block, an "Original Message" rule or a forward marker. A person's mail client quotes
 * the message answered; an out-of-office responder writes only its own notice.
 */
export function quotesEarlierMessage(text: string): boolean {
  const lines = text.slice(0, MAX_SCANNED_CHARS).replace(/\r\n?/g, "\n").split("\n");
  return lines.some((line, i) => isQuoteLine(line) || startsQuotedHistory(lines, i));
}
