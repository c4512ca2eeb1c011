import type { Interview } from "../domain/interview.js";
import type { Step, StepKind } from "../domain/step.js";
import type { OutgoingEmail } from "../ports/mailer.js";

interface Draft {
  subject: string;
  paragraphs: string[];
}

const first = (name: string) => name.split(/\s+/)[0] ?? name;

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** The default wording of each kind: short and personal, as the advice says. */
function draftFor(kind: StepKind, interview: Interview, step: Step): Draft {
  const { company, role, candidate } = interview;
  const to = first(step.contact?.name ?? step.to.name);
  const topics = interview.interviewers.find(
    (i) => i.email.toLowerCase() === step.contact?.email.toLowerCase(),
  )?.topics;
  const links = candidate.links?.length
    ? [`You can find more of my work here: ${candidate.links.join(" ")}`]
    : [];
  const sign = [`Best regards,\n${candidate.name}`];
  switch (kind) {
    case "thank_you":
      return {
        subject: `Thank you for the ${role} interview`,
        paragraphs: [
          `Hi ${to},`,
          `Thank you for taking the time to speak with me about the ${role} role at ${company}.${
            topics?.length ? ` I especially enjoyed our conversation about ${listOf(topics)}.` : ""
          }`,
          "I'm very excited about the opportunity and would be glad to answer any further questions.",
          ...links,
          ...sign,
        ],
      };
    case "referrer_update":
      return {
        subject: `My ${company} interview`,
        paragraphs: [
          `Hi ${to},`,
          `Thanks again for referring me for the ${role} role at ${company}. I had my ${interview.round} interview and it went well; I'll let you know how it turns out.`,
          ...sign,
        ],
      };
    case "pre_decision_nudge":
      return {
        subject: `${role} at ${company}`,
        paragraphs: [
          `Hi ${to},`,
          `I know the team is working towards a decision on the ${role} role, so I just wanted to say that I remain very interested and am happy to provide anything else you need.`,
          ...sign,
        ],
      };
    case "recruiter_check_in":
    case "weekly_check_in":
      return {
        subject: `Checking in: ${role} at ${company}`,
        paragraphs: [
          `Hi ${to},`,
          `I hope you're well. I wanted to check in on the ${role} role following my ${interview.round} interview. I'm still very interested, and I'd appreciate any update on the timeline.`,
          ...sign,
        ],
      };
    case "rejection_reply":
      return {
        subject: `Thank you: ${role} at ${company}`,
        paragraphs: [
          `Hi ${to},`,
          `Thank you for letting me know, and for the time you and the team spent with me. I enjoyed learning about ${company}, and I'd be glad to be considered for future roles.`,
          ...sign,
        ],
      };
    case "keep_in_touch":
      return {
        subject: `Keeping in touch: ${company}`,
        paragraphs: [
          `Hi ${to},`,
          `We spoke a few months ago about the ${role} role. I've kept following ${company}'s work and would love to stay in touch about future opportunities.`,
          ...links,
          ...sign,
        ],
      };
    case "handwritten_note":
      return {
        subject: `Post a handwritten thank-you note to ${interview.company}`,
        paragraphs: [
          `Hi ${first(candidate.name)},`,
          `A short handwritten note stands out. Consider posting one to ${listOf(interview.interviewers.map((i) => i.name))} at ${company}, thanking them for the ${interview.round} interview for the ${role} role.`,
        ],
      };
  }
}

const escapeHtml = (s: string) =>
  s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");

function render(paragraphs: string[]): { text: string; html: string } {
  return {
    text: `${paragraphs.join("\n\n")}\n`,
    html: paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`).join("\n"),
  };
}

/**
 * The email for one step. `email` steps go to the contact from our address under the candidate's name,
 * with replies routed to the step's signed address and the candidate in Cc. `reminder` steps go to the
 * candidate, carry the ready-to-send draft, and say they are automatic (RFC 3834).
 */
export interface StepLinks {
  /** The step's signed Reply-To address. */
  replyTo: string;
  /** One-click unsubscribe (RFC 8058) for the contact, when the deployment has a public URL. */
  unsubscribeUrl?: string;
  /** Where the candidate can stop or snooze the chain. */
  manageUrl?: string;
}

export function composeStepEmail(interview: Interview, step: Step, links: StepLinks): OutgoingEmail {
  const replyTo = links.replyTo;
  const draft = draftFor(step.kind, interview, step);
  const candidate = { name: interview.candidate.name, email: interview.candidate.email };
  if (step.channel === "email") {
    return {
      fromName: `${interview.candidate.name} (via Followups)`,
      to: [step.to],
      cc: [candidate],
      replyTo: [replyTo],
      subject: draft.subject,
      ...render(draft.paragraphs),
      headers: [],
    };
  }
  const isDraft = step.kind !== "handwritten_note" && step.contact;
  const paragraphs = isDraft
    ? [
        `Hi ${first(candidate.name)},`,
        `It's time for this follow-up (${step.why}). Here is a draft to send to ${step.contact?.name} <${step.contact?.email}>:`,
        `Subject: ${draft.subject}`,
        ...draft.paragraphs,
      ]
    : draft.paragraphs;
  return {
    fromName: "Followups",
    to: [candidate],
    cc: [],
    replyTo: [],
    subject: isDraft ? `Reminder: ${draft.subject}` : draft.subject,
    ...render(paragraphs),
    headers: [{ name: "Auto-Submitted", value: "auto-generated" }],
  };
}
