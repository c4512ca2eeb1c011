import { hasEmail } from "../domain/has-email.js";
import type { Interview } from "../domain/interview.js";
import type { Step } from "../domain/step.js";
import { isKnownZone } from "../domain/wall-clock.js";
import { localTimeWords } from "./date-words.js";
import { readableNames } from "./readable-names.js";

/**
 * Every placeholder a template may use. The list is closed on purpose: the API refuses a template naming
 * anything else, so a typo is a 400 when the candidate saves it, not a blank in an email to a recruiter.
 * Values are plain text; an empty value makes a `{{#name}}...{{/name}}` section disappear, which is how a
 * template leaves out a sentence about topics or links when there are none. What each stands for is
 * TEMPLATE_PLACEHOLDERS below.
 */
export const PLACEHOLDER_NAMES = [
  "candidate.name",
  "candidate.firstName",
  "candidate.email",
  "contact.name",
  "contact.firstName",
  "contact.email",
  "recruiter.name",
  "recruiter.firstName",
  "company",
  "role",
  "round",
  "interviewDate",
  "decisionDate",
  "topics",
  "interviewers",
  "panel",
  "links",
] as const;

export type PlaceholderName = (typeof PLACEHOLDER_NAMES)[number];
export type PlaceholderValues = Record<PlaceholderName, string>;

/**
 * What each placeholder stands for (exactly the names above: `satisfies` refuses a missing or an extra
 * one). Documentation for people and tools: nothing reads it at run time, so no Lambda bundles it.
 */
export const TEMPLATE_PLACEHOLDERS = {
  "candidate.name": "Your full name",
  "candidate.firstName": "How to greet you: your `greeting`, else your first name",
  "candidate.email": "Your email address",
  "contact.name":
    "Full name of the person the step writes to or about (empty for the handwritten-note reminder)",
  "contact.firstName": "How to greet them: their `greeting`, else their first name",
  "contact.email": "Their email address",
  "recruiter.name": "The recruiter's full name (empty when there is none)",
  "recruiter.firstName": "How to greet the recruiter: their `greeting`, else their first name",
  company: "The company",
  role: "The role, e.g. Staff Engineer",
  round: "The interview round, e.g. onsite",
  interviewDate: "The day of the interview, e.g. Monday, November 23",
  decisionDate: "The decision date the recruiter gave, e.g. Friday, December 4 (empty when unknown)",
  topics:
    "What you discussed with this interviewer as a list, e.g. caching, on-call and hiring; for other contacts, everything discussed in the round",
  interviewers: "The interviewers' names as a list, e.g. Ann Lee and Bo Chen",
  panel:
    "The interviewers you gave no email address for, as a list (empty when you gave every address): the panel thank-you asks the recruiter to pass it on",
  links: "Your links (portfolio, LinkedIn...), separated by spaces",
} as const satisfies Record<PlaceholderName, string>;

export function isPlaceholderName(name: string): name is PlaceholderName {
  return (PLACEHOLDER_NAMES as readonly string[]).includes(name);
}

/**
 * The commas and semicolons that can end a word of a name, in Latin, CJK and Arabic script
 * (， 、 ، ؛ written as escapes: see FOLDED_LETTERS in shared/domain/application-key.ts).
 */
const TRAILING_SEPARATORS = /[,;\uff0c\u3001\u060c\u061b]+$/u;
/** Titles written without a full stop ("Dr Shah", British style). */
const TITLE = /^(?:dr|mr|mrs|ms|mx|prof)$/i;

/**
 * The first word of a name for a greeting, without a comma or semicolon that ends it ("Priya, Shah": Priya,
 * not "Hi Priya,,"). A first word that is a title or an initial greets no one ("Hi Dr.,", "Hi J.,"), so
 * then the whole name is the greeting: "Dr. Priya Shah", "J. R. Smith", "St. John Smith".
 */
export function firstName(name: string): string {
  const words = name
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(TRAILING_SEPARATORS, "") || word);
  const first = words[0] ?? "";
  const notAlone = first.endsWith(".") || TITLE.test(first);
  return notAlone && words.length > 1 ? words.join(" ") : first;
}

/** How the emails greet a person: their own `greeting` when given, else `firstName` of their name. */
export function greetingOf(person: { name: string; greeting?: string | undefined }): string {
  return person.greeting ?? firstName(person.name);
}

/** "a", "a and b", "a, b and c": how a person would write the list in a sentence. */
export function readableList(items: readonly string[]): string {
  return readableNames(items);
}

/**
 * "Tuesday, December 8" (en-US's long weekday, long month and day) at the zone's clock, written out from the
 * wall clock rather than by an Intl formatter (ICU's first one costs a cold start ~20 ms); a test holds it to
 * Intl's en-US words.
 */
function humanDate(date: Date, timeZone: string): string {
  // A zone the runtime does not know (stored before validation tightened): UTC is close enough for a day.
  const w = localTimeWords(date, isKnownZone(timeZone) ? timeZone : "UTC");
  return `${w.weekday}, ${w.month} ${w.day}`;
}

/** A calendar date (YYYY-MM-DD): noon UTC names the same day whatever the zone. */
function dayOf(isoDate: string): string {
  const noon = new Date(`${isoDate}T12:00:00Z`);
  return Number.isNaN(noon.getTime()) ? "" : humanDate(noon, "UTC");
}

const sameEmail = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function unique(items: readonly string[]): string[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The value of every placeholder for one step of one interview. */
export function placeholderValues(interview: Interview, step: Step): PlaceholderValues {
  const contact = step.contact;
  const interviewer = contact
    ? interview.interviewers.filter(hasEmail).find((i) => sameEmail(i.email, contact.email))
    : undefined;
  const panel = interview.interviewers.filter((i) => !hasEmail(i));
  // The panel thank-you quotes what was discussed with the people it thanks.
  const panelTopics = step.kind === "panel_thanks" ? panel.flatMap((i) => i.topics ?? []) : [];
  const topics = interviewer?.topics?.length
    ? interviewer.topics
    : panelTopics.length > 0
      ? unique(panelTopics)
      : unique(interview.interviewers.flatMap((i) => i.topics ?? []));
  const interviewedAt = new Date(interview.interviewedAt);
  const { candidate, recruiter } = interview;
  // The contact's greeting is read from the interview, not the step: a PATCH that adds one keeps the steps.
  const person = contact && { interviewer, candidate, recruiter, referrer: interview.referrer }[contact.role];
  return {
    "candidate.name": candidate.name,
    "candidate.firstName": greetingOf(candidate),
    "candidate.email": candidate.email,
    "contact.name": contact?.name ?? "",
    "contact.firstName": contact
      ? (person?.email && sameEmail(person.email, contact.email) && person.greeting) ||
        firstName(contact.name)
      : "",
    "contact.email": contact?.email ?? "",
    "recruiter.name": recruiter?.name ?? "",
    "recruiter.firstName": recruiter ? greetingOf(recruiter) : "",
    company: interview.company,
    role: interview.role,
    round: interview.round,
    interviewDate: Number.isNaN(interviewedAt.getTime()) ? "" : humanDate(interviewedAt, interview.timezone),
    decisionDate: interview.decisionExpectedBy ? dayOf(interview.decisionExpectedBy) : "",
    topics: readableList(topics),
    interviewers: readableList(interview.interviewers.map((i) => i.name)),
    panel: readableList(unique(panel.map((i) => i.name.trim()))),
    links: (interview.candidate.links ?? []).join(" "),
  };
}
