import { type FieldIssue, ValidationError } from "../errors/app-error.js";

export interface OwnAddresses {
  /** Our verified sending address. */
  sendingAddress: string;
  /** The domain our Reply-To addresses are in; every address in it (or under it) reaches our inbound. */
  replyDomain: string;
}

interface WithEmail {
  /** Absent for an interviewer whose address the candidate does not have. */
  email?: string | undefined;
}

/** The addresses of an interview body or patch, wherever they are given. */
interface Addresses {
  candidate?: WithEmail | undefined;
  interviewers?: WithEmail[] | undefined;
  recruiter?: WithEmail | null | undefined;
  referrer?: WithEmail | null | undefined;
}

/**
 * Refuses our own sending address, or any address in our reply domain, as the candidate or a contact: mail
 * to it would come back to us (a reply to itself, a loop inside AWS). Throws a ValidationError naming
 * every such field.
 */
export function refuseOwnAddresses(body: Addresses, own: OwnAddresses): void {
  const sending = own.sendingAddress.toLowerCase();
  const replyDomain = own.replyDomain.toLowerCase();
  const fields: [string, WithEmail | null | undefined][] = [
    ["candidate.email", body.candidate],
    ...(body.interviewers ?? []).map((c, i): [string, WithEmail] => [`interviewers.${i}.email`, c]),
    ["recruiter.email", body.recruiter],
    ["referrer.email", body.referrer],
  ];
  const issues: FieldIssue[] = [];
  for (const [field, contact] of fields) {
    const email = contact?.email?.toLowerCase();
    if (!email) continue;
    const domain = email.slice(email.lastIndexOf("@") + 1);
    if (email === sending) {
      issues.push({ field, problem: "must not be our own sending address: the mail would come back to us" });
    } else if (domain === replyDomain || domain.endsWith(`.${replyDomain}`)) {
      issues.push({
        field,
        problem: "must not be an address in our reply domain: the mail would come back to us",
      });
    }
  }
  if (issues.length > 0) throw new ValidationError(issues);
}
