import { interviewBody } from "../../integration/support/interview-body.js";
import type { Json } from "./reliability-stack.js";

export interface StepRow {
  id: string;
  kind: string;
  channel: "email" | "reminder";
  to: { email: string };
  sendAt: string;
  status: string;
  phase?: string;
}

/** Statuses a step may end in; `sending` or a pending status at the end of a run is a lost step. */
export const SETTLED = new Set(["sent", "skipped", "cancelled", "failed", "unknown"]);

/**
 * A valid interview body whose every address is unique to `n`, so that a suppression, an unsubscribe or a
 * collapse in one chain can never explain what happens in another, with `interviewers` interviewers.
 */
export function uniqueInterview(
  now: Date,
  n: number,
  interviewers: number,
  extra: Record<string, unknown> = {},
) {
  return interviewBody(now, {
    company: `Acme ${n}`,
    candidate: { name: "Sam Lee", email: `cand-${n}@example.com` },
    interviewers: Array.from({ length: interviewers }, (_, i) => ({
      name: `Interviewer ${i}`,
      email: `i${i}-${n}@acme${n}.example`,
    })),
    recruiter: { name: "Priya Shah", email: `recruiter-${n}@acme${n}.example` },
    referrer: { name: "Ren Ito", email: `referrer-${n}@friends${n}.example` },
    ...extra,
  });
}

export function stepsOf(interview: Json | undefined): StepRow[] {
  return (interview?.steps ?? []) as StepRow[];
}

/** `r-<interview, lower-case>-<step>-<sig>@...` in a Reply-To names the step an email belongs to. */
export function stepOfReplyTo(
  replyTo: readonly string[],
): { interviewId: string; stepId: string } | undefined {
  for (const address of replyTo) {
    const m = /(?:^|<|\s)r-([0-9a-z]{26})-(s[0-9]{1,4})-[0-9a-f]+@/i.exec(address);
    if (m?.[1] && m[2]) return { interviewId: m[1].toUpperCase(), stepId: m[2] };
  }
  return undefined;
}
