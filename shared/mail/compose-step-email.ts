import type { Interview } from "../domain/interview.js";
import type { Step } from "../domain/step.js";
import type { OutgoingEmail } from "../ports/mailer.js";
import { emailThreadFor } from "./email-thread.js";
import { capSubject, headerValue, MAX_SUBJECT_CHARS, singleLineText } from "./header-safe.js";
import { renderStepTemplate } from "./render-step-template.js";
import { greetingOf } from "./template-placeholders.js";
import { textToHtml } from "./text-to-html.js";

export interface StepLinks {
  /** The step's signed Reply-To address. */
  replyTo: string;
  /** One-click unsubscribe (RFC 8058) for the contact, when the deployment has a public URL. */
  unsubscribeUrl?: string;
  /** Where the candidate can stop or snooze the chain. */
  manageUrl?: string;
  /** The interview's own address (reminders): Cc'd or forwarded a contact's reply, it stops the chain. */
  interviewAddress?: string;
}

type Header = OutgoingEmail["headers"][number];

const REPLY_PREFIX = "Re: ";

/** "Re: Re: Thanks" reads as a bot; a thread's subject gets exactly one prefix. */
function replySubject(subject: string): string {
  return `${REPLY_PREFIX}${subject.replace(/^(\s*re\s*:\s*)+/i, "")}`;
}

/** An http(s) URL as header-safe ASCII (host punycoded, path percent-encoded), or undefined. */
function asciiUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

const person = (p: { name: string; email: string }) => ({ name: singleLineText(p.name), email: p.email });

function header(name: string, value: string): Header[] {
  const safe = headerValue(value);
  return safe ? [{ name, value: safe }] : [];
}

function emailToContact(interview: Interview, step: Step, links: StepLinks): OutgoingEmail {
  const draft = renderStepTemplate(interview, step);
  const thread = emailThreadFor(interview, step);
  // A later email continues the thread under the first one's subject, unless the candidate chose one: the
  // subject it went out with, which an edit since (a role's typo fixed, new wording) must not change, or
  // mail clients that thread by subject (Gmail) split the thread.
  const reply =
    thread && !draft.customSubject
      ? replySubject(thread.first.sentEmail?.subject ?? renderStepTemplate(interview, thread.first).subject)
      : undefined;
  const unsubscribe = asciiUrl(links.unsubscribeUrl);
  return {
    fromName: singleLineText(`${interview.candidate.name} (via Followups)`),
    to: [person(step.to)],
    cc: [person(interview.candidate)],
    replyTo: [links.replyTo],
    // "Re: " goes on top of a subject already capped: cut again, it would no longer match the first one's.
    subject: reply ? capSubject(reply, MAX_SUBJECT_CHARS + REPLY_PREFIX.length) : capSubject(draft.subject),
    text: `${draft.text}\n`,
    html: textToHtml(draft.text),
    headers: [
      ...(thread
        ? [...header("In-Reply-To", thread.inReplyTo), ...header("References", thread.references)]
        : []),
      ...(unsubscribe
        ? [
            ...header("List-Unsubscribe", `<${unsubscribe}>`),
            { name: "List-Unsubscribe-Post", value: "List-Unsubscribe=One-Click" },
          ]
        : []),
    ],
  };
}

/**
 * A reminder to the candidate: the ready-to-send draft and who to send it to, or (for steps about no one
 * in particular, like the handwritten note) the reminder itself. Marked automatic (RFC 3834) so that
 * auto-responders stay quiet; person-to-person emails are not.
 */
function reminderToCandidate(interview: Interview, step: Step, links: StepLinks): OutgoingEmail {
  const draft = renderStepTemplate(interview, step);
  // The panel thank-you is about several people but is a draft for the recruiter, when there is one.
  const contact = step.contact ?? (step.kind === "panel_thanks" ? interview.recruiter : undefined);
  const manage = asciiUrl(links.manageUrl);
  const footer = manage ? `To stop or snooze these follow-ups: ${manage}` : "";
  const candidate = person(interview.candidate);
  let text: string;
  let html: string;
  if (contact) {
    const intro = [
      `Hi ${greetingOf(interview.candidate)},`,
      `It's time for this follow-up. ${step.why}`,
      `Here is a draft to send to ${contact.name} <${contact.email}>:`,
    ].join("\n\n");
    const quoted = `Subject: ${draft.subject}\n\n${draft.text}`;
    const address = links.interviewAddress ? singleLineText(links.interviewAddress) : "";
    const cc = address
      ? `Cc ${address} when you send it, or forward ${contact.name}'s reply there: their answer then stops these reminders.`
      : "";
    text = [intro, `-----\n${quoted}\n-----`, cc, footer].filter(Boolean).join("\n\n");
    html = [
      textToHtml(intro),
      `<blockquote>\n${textToHtml(quoted)}\n</blockquote>`,
      cc ? textToHtml(cc) : "",
      footer ? textToHtml(footer) : "",
    ]
      .filter(Boolean)
      .join("\n");
  } else {
    text = [draft.text, footer].filter(Boolean).join("\n\n");
    html = textToHtml(text);
  }
  return {
    fromName: "Followups",
    to: [candidate],
    cc: [],
    replyTo: [],
    subject: capSubject(contact ? `Reminder: ${draft.subject}` : draft.subject),
    text: `${text}\n`,
    html,
    headers: [{ name: "Auto-Submitted", value: "auto-generated" }],
  };
}

/**
 * The email for one step. `email` steps go to the contact from our address under the candidate's name,
 * with replies routed to the step's signed address, the candidate in Cc, in the same thread as earlier
 * emails to that person, and a one-click unsubscribe when the deployment has a URL for it. `reminder`
 * steps go to the candidate with the draft. Whatever the inputs, no CR, LF or control character reaches
 * the subject, a display name or a header value.
 */
export function composeStepEmail(interview: Interview, step: Step, links: StepLinks): OutgoingEmail {
  return step.channel === "email"
    ? emailToContact(interview, step, links)
    : reminderToCandidate(interview, step, links);
}
