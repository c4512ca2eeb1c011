import { localTimeToIso } from "./local-time-to-iso";

export interface ContactFields {
  name: string;
  email: string;
  /** How the emails greet them; empty: the first word of the name. */
  greeting: string;
}

export interface RegisterFormValues {
  company: string;
  role: string;
  round: string;
  interviewedAt: string;
  timezone: string;
  country: string;
  candidateName: string;
  candidateEmail: string;
  candidateGreeting: string;
  interviewers: ContactFields[];
  recruiterName: string;
  recruiterEmail: string;
  recruiterGreeting: string;
  referrerName: string;
  referrerEmail: string;
  referrerGreeting: string;
  decisionExpectedBy: string;
  mode: "send" | "remind";
  cadence: "standard" | "patient" | "minimal";
}

export function emptyRegisterForm(timezone: string, country = "US"): RegisterFormValues {
  return {
    company: "",
    role: "",
    round: "",
    interviewedAt: "",
    timezone,
    country,
    candidateName: "",
    candidateEmail: "",
    candidateGreeting: "",
    interviewers: [{ name: "", email: "", greeting: "" }],
    recruiterName: "",
    recruiterEmail: "",
    recruiterGreeting: "",
    referrerName: "",
    referrerEmail: "",
    referrerGreeting: "",
    decisionExpectedBy: "",
    mode: "send",
    cadence: "standard",
  };
}

const trimmed = (s: string) => s.trim();
/** `{greeting}` when one was typed, else nothing: the API then greets by the first word of the name. */
const greeting = (s: string) => (trimmed(s) ? { greeting: trimmed(s) } : {});

/**
 * The `POST /interviews` body for the form: empty optional fields left out, so the API's 400 names exactly
 * the fields that are wrong (a date that is not one is sent as typed, for the API to refuse by name).
 */
export function registerBody(v: RegisterFormValues): Record<string, unknown> {
  const body: Record<string, unknown> = {
    company: trimmed(v.company),
    role: trimmed(v.role),
    round: trimmed(v.round),
    interviewedAt: localTimeToIso(v.interviewedAt, trimmed(v.timezone)) ?? v.interviewedAt,
    timezone: trimmed(v.timezone),
    country: trimmed(v.country).toUpperCase(),
    candidate: {
      name: trimmed(v.candidateName),
      email: trimmed(v.candidateEmail),
      ...greeting(v.candidateGreeting),
    },
    interviewers: v.interviewers.map((i) => ({
      name: trimmed(i.name),
      ...(trimmed(i.email) ? { email: trimmed(i.email) } : {}),
      ...greeting(i.greeting),
    })),
    mode: v.mode,
    cadence: v.cadence,
  };
  for (const [field, name, email, greets] of [
    ["recruiter", v.recruiterName, v.recruiterEmail, v.recruiterGreeting],
    ["referrer", v.referrerName, v.referrerEmail, v.referrerGreeting],
  ] as const) {
    if (trimmed(name) || trimmed(email))
      body[field] = { name: trimmed(name), email: trimmed(email), ...greeting(greets) };
  }
  if (v.decisionExpectedBy) body.decisionExpectedBy = v.decisionExpectedBy;
  return body;
}
