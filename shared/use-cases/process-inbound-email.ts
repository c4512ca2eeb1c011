import { contactAddresses } from "../domain/contact-addresses.js";
import { latestSentStepId } from "../domain/latest-sent-step-id.js";
import { classifyInboundEmail } from "../inbound/classify-inbound-email.js";
import type { ReceiptVerdicts } from "../inbound/inbound-email.js";
import { DEFAULT_INBOUND_LIMITS } from "../inbound/inbound-limits.js";
import { parseInboundEmail } from "../inbound/parse-inbound-email.js";
import { readInboundMessage } from "../inbound/read-inbound-message.js";
import { senderTrust } from "../inbound/sender-trust.js";
import { spamNote } from "../mail/inbound-timeline-words.js";
import { handleInboundAutoReply } from "./handle-inbound-auto-reply.js";
import { handleInboundDeliveryReport } from "./handle-inbound-delivery-report.js";
import { handleInboundReply } from "./handle-inbound-reply.js";
import { handleInboundUnsubscribe } from "./handle-inbound-unsubscribe.js";
import type { InboundContext } from "./inbound-context.js";
import type { InboundDeps } from "./inbound-deps.js";
import type { InboundAbout, InboundHandled, InboundOutcome } from "./inbound-outcome.js";
import { matchInboundChain } from "./match-inbound-chain.js";
import { noteInboundEvent } from "./note-inbound-event.js";

/**
 * Parses a raw message, matches it to a chain, reads it (a candidate's forward as the message it
 * forwards), judges its sender once, and hands it to the handler of its kind. Anything unreadable,
 * unmatched or forged changes nothing and says why.
 */
export async function processInboundEmail(
  deps: InboundDeps,
  input: { raw: Buffer; verdicts?: ReceiptVerdicts },
): Promise<InboundOutcome> {
  const parsed = await parseInboundEmail(input.raw, {
    replyDomain: deps.replyDomain,
    ...(input.verdicts ? { verdicts: input.verdicts } : {}),
  });
  if (parsed.kind === "rejected") {
    deps.log.warn("inbound message rejected", { reason: parsed.reason, sizeBytes: parsed.sizeBytes });
    return { result: "rejected", reason: parsed.reason };
  }
  const outer = classifyInboundEmail(parsed);
  const about: InboundAbout = {
    from: parsed.from?.address,
    subject: parsed.subject,
    messageId: parsed.messageId,
  };
  const ref = await matchInboundChain(deps, parsed);
  if (!ref || "forged" in ref) {
    const reason = ref ? "its reply token is forged or altered" : "it matches no chain";
    deps.log.warn("inbound message not matched", {
      kind: outer.kind,
      reason,
      from: parsed.from?.address,
      messageId: parsed.messageId,
    });
    return { result: "unmatched", kind: outer.kind, reason, about };
  }
  const interview = await deps.store.get(ref.interviewId);
  if (!interview)
    return { result: "unmatched", kind: outer.kind, reason: "its interview no longer exists", about };
  const { email, relayed, classification } = readInboundMessage(parsed, outer, interview.candidate.email);
  const stepId = ref.stepId || latestSentStepId(interview);
  const from = email.from?.address ?? "";
  const now = deps.clock.now();
  const ctx: InboundContext = {
    deps,
    interview,
    received: parsed,
    email,
    relayed,
    classification,
    stepId,
    step: interview.steps.find((s) => s.id === stepId),
    from,
    // Holding a reply address (or quoting a Message-ID we sent) is not enough to stop or move a chain.
    trust: senderTrust({
      from,
      contacts: contactAddresses(interview),
      verdicts: input.verdicts,
      ownDomains: [deps.replyDomain, ...(deps.ownDomains ?? [])],
    }),
    limits: deps.limits ?? DEFAULT_INBOUND_LIMITS,
    now,
    at: now.toISOString(),
  };
  const { result, reason } = await handle(ctx);
  const { kind } = classification;
  deps.log.info("inbound message handled", { kind, result, reason, interviewId: interview.id, stepId });
  return { result, kind, reason, interviewId: interview.id, about };
}

function handle(ctx: InboundContext): Promise<InboundHandled> {
  const { classification } = ctx;
  switch (classification.kind) {
    case "bounce":
    case "complaint":
      return handleInboundDeliveryReport(ctx, classification.kind);
    case "unsubscribe":
      return handleInboundUnsubscribe(ctx);
    case "spam":
      return noteSpam(ctx);
    case "auto_reply":
      return handleInboundAutoReply(ctx);
    case "reply":
      return handleInboundReply(ctx);
    default:
      return Promise.resolve({ result: "ignored", reason: classification.reason });
  }
}

/** Spam is put on the timeline and the chain goes on. */
async function noteSpam(ctx: InboundContext): Promise<InboundHandled> {
  const { reason } = ctx.classification;
  await noteInboundEvent(ctx.deps.store, ctx.interview.id, {
    at: ctx.at,
    type: "inbound.spam",
    detail: spamNote(ctx.from, reason),
  });
  return { result: "recorded", reason };
}
