import { isSupportedCountry, localDateOf } from "./business-calendar.js";
import { isValidTimeZone } from "./is-valid-time-zone.js";

/** One rule a whole interview breaks: where (a path into it) and why, in words. */
export interface InterviewProblem {
  path: (string | number)[];
  problem: string;
}

/** How far after the interview a decision date may be. */
export const MAX_DECISION_DAYS_AFTER_INTERVIEW = 366;
const DAY_MS = 86_400_000;

/** The fields the rules that span an interview's fields read. */
export interface InterviewToCheck {
  candidate: { email: string };
  interviewers: { email?: string | undefined }[];
  recruiter?: { email: string } | undefined;
  referrer?: { email: string } | undefined;
  interviewedAt: string;
  timezone: string;
  decisionExpectedBy?: string | undefined;
  country: string;
  region?: string | undefined;
}

/** The candidate is not a contact of their own interview: every email would go to themselves. */
function candidateAsContact(value: InterviewToCheck): InterviewProblem[] {
  const candidate = value.candidate.email.toLowerCase();
  const contacts: [(string | number)[], { email?: string | undefined } | undefined][] = [
    ...value.interviewers.map((c, i): [(string | number)[], { email?: string | undefined }] => [
      ["interviewers", i, "email"],
      c,
    ]),
    [["recruiter", "email"], value.recruiter],
    [["referrer", "email"], value.referrer],
  ];
  return contacts
    .filter(([, contact]) => contact?.email?.toLowerCase() === candidate)
    .map(([path]) => ({ path, problem: "must not be the candidate's own address" }));
}

/**
 * The rules that span fields, which hold for a new interview and after every change: the candidate is no
 * contact, the decision date is neither before the interview nor more than a year after it, and the
 * country (and region) has a holiday calendar. Empty when the interview keeps them all.
 */
export function interviewProblems(value: InterviewToCheck): InterviewProblem[] {
  const problems = candidateAsContact(value);
  const interviewed = Date.parse(value.interviewedAt);
  // An unreadable date is the field's own error (the schema names it); there is nothing to compare.
  if (value.decisionExpectedBy && Number.isFinite(interviewed)) {
    const decision = Date.parse(`${value.decisionExpectedBy}T23:59:59Z`);
    // Compare calendar dates where the interview happened: the decision may be the same day, not earlier.
    const interviewDay = isValidTimeZone(value.timezone)
      ? localDateOf(new Date(interviewed), value.timezone)
      : "";
    if (interviewDay && value.decisionExpectedBy < interviewDay) {
      problems.push({ path: ["decisionExpectedBy"], problem: "must not be before the interview" });
    } else if (decision - interviewed > MAX_DECISION_DAYS_AFTER_INTERVIEW * DAY_MS) {
      problems.push({ path: ["decisionExpectedBy"], problem: "must be within a year of the interview" });
    }
  }
  if (!isSupportedCountry(value.country, value.region)) {
    problems.push({
      path: [value.region ? "region" : "country"],
      problem: value.region ? "is not a known region of that country" : "is not a supported country",
    });
  }
  return problems;
}
