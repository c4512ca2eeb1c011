import { delayedDeliveryNote, reportForStrangersNote } from "../mail/inbound-timeline-words.js";
import { findQuotedSentMessage } from "./find-quoted-sent-message.js";
import type { InboundContext } from "./inbound-context.js";
import type { InboundHandled } from "./inbound-outcome.js";
import { noteInboundEvent } from "./note-inbound-event.js";
import { recordDeliveryProblem } from "./record-delivery-problem.js";

/**
 * A bounce or a complaint about a message of this chain. A delay is only noted. Otherwise it must refer
 * to a message we sent for this interview (see findQuotedSentMessage), or it is logged and ignored: a
 * reply address alone does not let anyone get a contact suppressed. The addresses it names that the chain
 * writes to become undeliverable for the owner (see recordDeliveryProblem); a report naming none of them
 * is noted; one that names no address at all is about the message it quotes.
 */
export async function handleInboundDeliveryReport(
  ctx: InboundContext,
  kind: "bounce" | "complaint",
): Promise<InboundHandled> {
  const { deps, interview, classification, at } = ctx;
  if (kind === "bounce" && classification.permanent === false) {
    const addresses = classification.bouncedRecipients.map((r) => r.address);
    await noteInboundEvent(deps.store, interview.id, {
      at,
      type: "inbound.delayed",
      detail: delayedDeliveryNote(addresses),
    });
    return { result: "recorded", reason: "a temporary delivery delay" };
  }
  const quoted = await findQuotedSentMessage(deps.messages, ctx.received, interview);
  if (!quoted) {
    deps.log.warn("inbound report ignored: it refers to no message we sent", {
      kind,
      interviewId: interview.id,
      from: ctx.received.from?.address,
      messageId: ctx.received.messageId,
    });
    return { result: "ignored", reason: `a ${kind} that refers to no message we sent` };
  }
  // The report is about the message it quotes: its recipient, when the report names nobody itself.
  const reported = interview.steps.find((s) => s.id === quoted.stepId) ?? ctx.step;
  const addresses =
    kind === "bounce"
      ? classification.bouncedRecipients.map((r) => r.address)
      : reported?.to.email
        ? [reported.to.email]
        : [];
  const known = addresses.filter((a) =>
    interview.steps.some((s) => s.to.email.toLowerCase() === a.toLowerCase()),
  );
  // A report naming only addresses we never wrote to (a forwarding address) suppresses nobody of ours.
  const targets = known.length > 0 ? known : addresses.length === 0 && reported ? [reported.to.email] : [];
  if (targets.length === 0) {
    await noteInboundEvent(deps.store, interview.id, {
      at,
      type: `inbound.${kind}`,
      detail: reportForStrangersNote(kind, addresses),
    });
    return { result: "recorded", reason: `${kind} for addresses that are not contacts` };
  }
  await recordDeliveryProblem(deps, {
    kind,
    interviewId: interview.id,
    stepId: ctx.stepId,
    addresses: targets,
  });
  return { result: "recorded", reason: `${kind}: ${targets.join(", ")} undeliverable` };
}
