import { AUTO_REPLY_SUBJECT } from "./auto-reply-subject.js";
import { subjectOwnWords } from "./subject-own-words.js";

/**
 * The words of a subject that can name a bounce: the sender's own words (see subjectOwnWords), up to an
 * automatic reply's label. Outlook's "Automatic reply: <our subject>" has no reply prefix, and our subject
 * holds the role and company we wrote ("... the Non-Delivery Claims Specialist interview"); a server's
 * "Undeliverable: Automatic reply: ..." keeps its own word.
 */
export function bounceSubjectWords(subject: string): string {
  const own = subjectOwnWords(subject);
  const label = AUTO_REPLY_SUBJECT.exec(own);
  return label ? own.slice(0, label.index) : own;
}
