import type { Interview } from "./api-types";

export interface EditValues {
  decisionExpectedBy: string;
  /** `recruiter`, `referrer` or `interviewers.N`: the contact being edited. */
  contact: string;
  contactName: string;
  contactEmail: string;
  /** How the emails greet the contact; empty: their first name. */
  contactGreeting: string;
}

/** The contact an edit's `contact` key names, if the interview has it. */
export function contactAt(interview: Interview, key: string) {
  if (key === "recruiter") return interview.recruiter;
  if (key === "referrer") return interview.referrer;
  const index = /^interviewers\.(\d+)$/.exec(key)?.[1];
  return index === undefined ? undefined : interview.interviewers[Number(index)];
}

/** The form's values for one contact of the interview (`key` as in `contactAt`). */
export function contactValuesOf(interview: Interview, key: string) {
  const c = contactAt(interview, key);
  return {
    contact: key,
    contactName: c?.name ?? "",
    contactEmail: c?.email ?? "",
    contactGreeting: c?.greeting ?? "",
  };
}

export function editValuesOf(interview: Interview): EditValues {
  return {
    decisionExpectedBy: interview.decisionExpectedBy ?? "",
    ...contactValuesOf(interview, interview.recruiter ? "recruiter" : "interviewers.0"),
  };
}

/** The PATCH body for what changed: nothing for what did not (an empty object when nothing did). */
export function editPatch(interview: Interview, v: EditValues): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  if (v.decisionExpectedBy !== (interview.decisionExpectedBy ?? ""))
    patch.decisionExpectedBy = v.decisionExpectedBy || null;
  const before = contactAt(interview, v.contact);
  const email = v.contactEmail.trim();
  const greeting = v.contactGreeting.trim();
  if (
    before &&
    (before.name !== v.contactName.trim() ||
      (before.email ?? "") !== email ||
      (before.greeting ?? "") !== greeting)
  ) {
    const changed = {
      ...before,
      name: v.contactName.trim(),
      ...(email ? { email } : {}),
      ...(greeting ? { greeting } : {}),
    };
    if (!email) delete changed.email;
    if (!greeting) delete changed.greeting;
    if (v.contact === "recruiter" || v.contact === "referrer") patch[v.contact] = changed;
    else {
      const index = Number(v.contact.split(".")[1]);
      patch.interviewers = interview.interviewers.map((c, i) => (i === index ? changed : c));
    }
  }
  return patch;
}
