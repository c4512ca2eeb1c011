import type { ParsedInboundEmail } from "./inbound-email.js";
import { quotesEarlierMessage } from "./quotes-earlier-message.js";
import { subjectOwnWords } from "./subject-own-words.js";
import {
  REQUEST_LOGGED,
  REQUEST_NUMBER,
  TICKET_LOGGED,
  TICKET_REFERENCE,
  TICKET_SUBJECT_LABEL,
} from "./ticket-acknowledgement-wording.js";

// Where a person's answer would be: the first lines, whatever help-desk marker comes above them.
const OPENING_CHARS = 400;
// ASCII digits, as `\d` reads with or without the `u` flag.
const THREE_DIGITS = /\d{3}/;
const A_DIGIT = /\d/;

/**
 * True for a help desk's automatic acknowledgement whose automation headers were stripped ("[Ticket #48213]
 * ... A ticket has been created", Zendesk's "Your request (#12345) has been received and is being reviewed by
 * our support staff", "Ihre Anfrage (#12345) ist bei uns eingegangen", "Nous avons bien reçu votre demande
 * n° 12345"). All of: acknowledgement wording in its opening lines; a number: for a request, inquiry or message
 * its own, in the same clause (people write "your request has been received" too), for a ticket or case that
 * or one in the subject's own words (before any reply prefix: a requisition number in the subject we wrote is
 * no ticket) or a help desk's subject label; and no quoted earlier message, which a person's mail client adds.
 */
export function isTicketAcknowledgement(email: ParsedInboundEmail): boolean {
  const opening = email.text
    .slice(0, 2 * OPENING_CHARS)
    .replace(/\s+/g, " ")
    .slice(0, OPENING_CHARS);
  const own = subjectOwnWords(email.subject);
  const subjectNumbered = TICKET_REFERENCE.test(own) || TICKET_SUBJECT_LABEL.test(own);
  // Every phrase is weighed, not just the first: "Your message has been received. Your request #123 has been logged".
  // The wording is only searched where its number could be: REQUEST_NUMBER needs three digits in a row, and a
  // TICKET_REFERENCE at least one (or the subject's number). A person's opening often has neither, and then
  // the two long case-insensitive patterns are never compiled (~20 ms of the first mail's CPU in a process).
  const numbered =
    (THREE_DIGITS.test(opening) &&
      [...opening.matchAll(REQUEST_LOGGED())].some((m) => REQUEST_NUMBER().test(m[0]))) ||
    ((subjectNumbered || A_DIGIT.test(opening)) &&
      [...opening.matchAll(TICKET_LOGGED())].some((m) => subjectNumbered || TICKET_REFERENCE.test(m[0])));
  return numbered && !quotesEarlierMessage(email.text);
}
