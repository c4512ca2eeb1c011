import type { ParsedInboundEmail } from "./inbound-email.js";
import { quotesEarlierMessage } from "./quotes-earlier-message.js";
import { subjectOwnWords } from "./subject-own-words.js";

// A ticket or case number: "#48213", "Ticket: 48213", "(HR-123)", "[SR-77]".
const NUMBER =
  "(#\\s?|\\b(ticket|case|request|req|incident|sr)\\s*(no\\.?|number|id)?\\s*[:#]?\\s*)[a-z]{0,10}-?\\d{3,}\\b";
const REFERENCE = new RegExp(`${NUMBER}|\\(\\s*#?\\d{3,}\\s*\\)|[([][a-z]{2,10}-\\d{1,7}[)\\]]`, "i");
// A help desk's label in place of a number ("Ticket Received - ...", "Request received: ...").
const SUBJECT_LABEL = /^\s*\[?(ticket|request|case|support request)\s+(received|created|opened|logged)\b/i;
// "A ticket has been created", "Case #00012345 has been opened": a ticket or case being logged. Recruiters
// write of requests too ("your request has been received and Dana will call you"): a request or inquiry
// counts only with its number ("Your request (#12345) has been received", "Your request HR-123 has been
// received"). An application never counts.
const LOGGED = "(has been|have been|was|is) (received|created|opened|logged|submitted|registered|raised)\\b";
const ID = "\\(?(#\\s?|no\\.? |number |id )?[a-z]{0,10}-?\\d{3,}\\)?";
const ACKNOWLEDGEMENT = new RegExp(
  `\\b((support |service )?(ticket|case)( ${ID})?|(support |service )?(request|inquiry|enquiry) ${ID}) ${LOGGED}`,
  "i",
);
// Where a person's answer would be: the first lines, whatever help-desk marker comes above them.
const OPENING_CHARS = 400;

/**
 * True for a help desk's automatic acknowledgement whose automation headers were stripped ("[Ticket #48213]
 * ... A ticket has been created", Zendesk's "Your request (#12345) has been received and is being reviewed by
 * our support staff"). All of: acknowledgement wording in its opening lines; a ticket number in those words
 * or in the subject's own words (before any reply prefix: a requisition number in the subject we wrote is no
 * ticket), or a help desk's subject label; and no quoted earlier message, which a person's mail client adds.
 */
export function isTicketAcknowledgement(email: ParsedInboundEmail): boolean {
  const opening = email.text
    .slice(0, 2 * OPENING_CHARS)
    .replace(/\s+/g, " ")
    .slice(0, OPENING_CHARS);
  const ack = ACKNOWLEDGEMENT.exec(opening);
  if (!ack) return false;
  const own = subjectOwnWords(email.subject);
  const numbered = REFERENCE.test(ack[0]) || REFERENCE.test(own) || SUBJECT_LABEL.test(own);
  return numbered && !quotesEarlierMessage(email.text);
}
