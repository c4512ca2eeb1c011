// Challenge-response filters (SpamArrest, Boxbe, MailWasher) hold our message until we prove we are a person
// or ask to be let in; a person answering never asks that of the one they answer.
const CHALLENGE = new RegExp(
  [
    "(allow|accept) (incoming )?(messages|e-?mails?|mail) only from (senders|people|addresses)",
    "only (accept|allow) (incoming )?(messages|e-?mails?|mail) from (approved|verified|known) ",
    "(verify|confirm|prove) (that )?you are (a )?(person|human|real person|not a (robot|spammer))",
    "(add yourself|added|add you) to my (guest|approved senders?|safe senders?|white) ?list",
    "list of approved senders",
  ].join("|"),
  "i",
);
const OPENING_CHARS = 800;

/** True when the message's opening asks the sender to verify themselves before the mail is let through. */
export function asksSenderToVerify(visibleText: string): boolean {
  return CHALLENGE.test(
    visibleText
      .slice(0, 2 * OPENING_CHARS)
      .replace(/\s+/g, " ")
      .slice(0, OPENING_CHARS),
  );
}
