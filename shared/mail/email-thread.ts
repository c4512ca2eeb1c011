import { shareAName } from "../domain/greeting-after-rename.js";
import type { Interview } from "../domain/interview.js";
import type { Step } from "../domain/step.js";

export interface EmailThread {
  /** The first email of the thread: its subject is the one replies quote. */
  first: Step;
  /** `In-Reply-To`: the latest email in the thread. */
  inReplyTo: string;
  /** `References`: the thread's message ids, oldest first, trimmed to fit one header. */
  references: string;
}

// What SES assigns, e.g. <0100018c...@email.amazonses.com>; anything else is not quoted in a header.
const MESSAGE_ID = /^<[!-;=?-~]+@[!-;=?-~]+>$/;

// SES refuses a custom header value over 870 characters (SES v2 MessageHeader reference).
const MAX_HEADER = 870;

/**
 * RFC 5322 3.6.4 lets a long References list lose middle entries: keep the first (the thread's root) and
 * as many of the latest as fit.
 */
function fitReferences(ids: readonly string[]): string {
  const [root, ...rest] = ids;
  if (root === undefined) return "";
  const tail: string[] = [];
  let length = root.length;
  for (const id of [...rest].reverse()) {
    if (length + 1 + id.length > MAX_HEADER) break;
    tail.unshift(id);
    length += 1 + id.length;
  }
  return [root, ...tail].join(" ");
}

const sentAt = (s: Step) => Date.parse(s.sentAt ?? s.updatedAt);

/**
 * The thread an email step continues: the emails of this chain already sent to the same person (the same
 * address under a name that shares a word with this step's: one mailbox shared by an interviewer and the
 * recruiter is two people, two threads), in the order they went out. Undefined for the first email to
 * someone, which starts the thread.
 */
export function emailThreadFor(interview: Interview, step: Step): EmailThread | undefined {
  const to = step.to.email.trim().toLowerCase();
  const earlier = interview.steps
    .filter(
      (s) =>
        s.id !== step.id &&
        s.channel === "email" &&
        s.status === "sent" &&
        s.messageId !== undefined &&
        s.messageId.length <= 250 &&
        MESSAGE_ID.test(s.messageId) &&
        s.to.email.trim().toLowerCase() === to &&
        shareAName(s.to.name, step.to.name),
    )
    .sort((a, b) => sentAt(a) - sentAt(b));
  const first = earlier[0];
  const last = earlier[earlier.length - 1];
  if (!first || !last?.messageId) return undefined;
  return {
    first,
    inReplyTo: last.messageId,
    references: fitReferences(earlier.map((s) => s.messageId ?? "")),
  };
}
