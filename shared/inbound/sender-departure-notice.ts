const OPENING_CHARS = 400;
const LEFT = "(is no longer (with|at|employed|working)|has left|no longer works (at|for|with))";

/**
 * True when the opening says that the sender, by their own display name, has left ("Thank you for your
 * message. Dana Ortiz is no longer with Acme."): a departed person's mailbox answering for them. A person
 * writes that of someone else, never of themselves in the third person.
 */
export function saysSenderHasLeft(visibleText: string, senderName: string): boolean {
  const name = senderName.replace(/["']/g, "").trim();
  const first = name.split(/\s+/)[0] ?? "";
  if (first.length < 2) return false;
  const names = [...new Set([name, first])].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const opening = visibleText
    .slice(0, 2 * OPENING_CHARS)
    .replace(/\s+/g, " ")
    .slice(0, OPENING_CHARS);
  return new RegExp(`(^|[^\\p{L}])(${names.join("|")})[^.!?]{0,40}?\\b${LEFT}`, "iu").test(opening);
}
