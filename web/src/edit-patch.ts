import type { Interview } from "./api-types";

export interface EditValues {
  decisionExpectedBy: string;
  /** `recruiter`, `referrer` or `interviewers.N`: the contact being edited. */
  contact: string;
  contactName: string;
  contactEmail: string;
}

/** The contact an edit's `contact` key names, if the interview has it. */
export function contactAt(interview: Interview, key: string) {
  if (key === "recruiter") return interview.recruiter;
  if (key === "referrer") return interview.referrer;
  const index = /^interviewers\.(\d+)$/.exec(key)?.[1];
  return index === undefined ? undefined : interview.interviewers[Number(index)];
}

export function editValuesOf(interview: Interview): EditValues {
  const contact = interview.recruiter ? "recruiter" : "interviewers.0";
  const c = contactAt(interview, contact);
  return {
    decisionExpectedBy: interview.decisionExpectedBy ?? "",
    contact,
    contactName: c?.name ?? "",
    contactEmail: c?.email ?? "",
  };
}

/** The PATCH body for what changed: nothing for what did not (an empty object when nothing did). */
export function editPatch(interview: Interview, v: EditValues): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  if (v.decisionExpectedBy !== (interview.decisionExpectedBy ?? ""))
    patch.decisionExpectedBy = v.decisionExpectedBy || null;
  const before = contactAt(interview, v.contact);
  if (before && (before.name !== v.contactName.trim() || (before.email ?? "") !== v.contactEmail.trim())) {
    const email = v.contactEmail.trim();
    const changed = { ...before, name: v.contactName.trim(), ...(email ? { email } : {}) };
    if (!email) delete changed.email;
    // A greeting was for the person named before: another name (a replaced contact) must not inherit it.
    if (changed.name !== before.name) delete changed.greeting;
    if (v.contact === "recruiter" || v.contact === "referrer") patch[v.contact] = changed;
    else {
      const index = Number(v.contact.split(".")[1]);
      patch.interviewers = interview.interviewers.map((c, i) => (i === index ? changed : c));
    }
  }
  return patch;
}
