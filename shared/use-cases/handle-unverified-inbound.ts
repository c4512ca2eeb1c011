import type { Interview } from "../domain/interview.js";
import { hasStepsToSend } from "../domain/steps-to-send.js";
import type { ParsedInboundEmail } from "../inbound/inbound-email.js";
import { composeUnverifiedForward } from "../mail/compose-unverified-forward.js";
import { unverifiedNote } from "../mail/inbound-timeline-words.js";
import type { InterviewStore } from "../ports/interview-store.js";
import type { Mailer } from "../ports/mailer.js";
import { noteForwardFailure } from "./note-forward-failure.js";
import { reserveForward } from "./reserve-forward.js";
import type { Logger } from "./use-case-deps.js";

export interface UnverifiedInboundDeps {
  store: Pick<InterviewStore, "get" | "replace">;
  mailer: Mailer;
  log: Logger;
  /** The signed stop/snooze page for a reminder of the interview; undefined when there is no public URL. */
  manageUrl?: ((interviewId: string, stepId: string) => string) | undefined;
}

export type UnverifiedResult = {
  result: "unverified_sender" | "forward_rate_limited" | "ignored";
  reason: string;
};

/**
 * A reply or automatic reply from a sender we cannot trust (not a contact, or failing SPF/DKIM/DMARC)
 * changes nothing in the chain. A reply is forwarded to the candidate, visibly marked and without a
 * Reply-To to its unauthenticated sender, within the interview's daily forward limit; an automatic reply
 * is only logged (nothing in it for the candidate to act on, and forwarding it would make a relay).
 */
export async function handleUnverifiedInbound(
  deps: UnverifiedInboundDeps,
  input: {
    interview: Interview;
    email: ParsedInboundEmail;
    kind: string;
    distrust: string;
    at: string;
    maxForwardsPerDay: number;
  },
): Promise<UnverifiedResult> {
  const { interview, email, distrust } = input;
  const from = email.from?.address ?? "an unknown address";
  if (input.kind !== "reply") {
    return { result: "unverified_sender", reason: `${distrust}; not forwarded, nothing changed` };
  }
  const slot = await reserveForward(deps.store, interview.id, {
    at: input.at,
    limit: input.maxForwardsPerDay,
    known: interview,
    event: {
      at: input.at,
      type: "inbound.unverified",
      ...(email.messageId ? { ref: email.messageId } : {}),
      detail: unverifiedNote(from, distrust),
    },
  });
  if (slot === "duplicate") return { result: "ignored", reason: "this message was already forwarded" };
  if (slot === "rate_limited") {
    return {
      result: "forward_rate_limited",
      reason: `${distrust}; not forwarded: at most ${input.maxForwardsPerDay} forwards a day per interview`,
    };
  }
  const goesOn = hasStepsToSend(interview);
  // A manage link may name any step of the chain (only the candidate gets one): a reminder's, as the
  // candidate has seen it, else the first step's, so a chain without reminders gets its Stop button too.
  const linkStep = interview.steps.find((s) => s.channel === "reminder") ?? interview.steps[0];
  const manageUrl =
    goesOn && linkStep && deps.manageUrl ? deps.manageUrl(interview.id, linkStep.id) : undefined;
  try {
    await deps.mailer.send(
      composeUnverifiedForward({
        interview,
        from: email.from,
        subject: email.subject,
        text: email.text,
        messageId: email.messageId,
        reason: distrust,
        goesOn,
        manageUrl,
      }),
    );
  } catch (error) {
    deps.log.error("could not forward an unverified message to the candidate", {
      interviewId: interview.id,
      error: String(error),
    });
    const what = `The unverified message from ${from.slice(0, 200)}`;
    await noteForwardFailure(deps, interview.id, { at: input.at, what, error });
    return { result: "unverified_sender", reason: `${distrust}; not forwarded (forward_failed)` };
  }
  return { result: "unverified_sender", reason: `${distrust}; forwarded marked unverified` };
}
