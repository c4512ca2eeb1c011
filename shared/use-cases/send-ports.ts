import type { Interview } from "../domain/interview.js";
import type { Step } from "../domain/step.js";
import type { StepLinks } from "../mail/compose-step-email.js";
import type { Mailer } from "../ports/mailer.js";
import type { OwnerEmailGate } from "../ports/owner-email-gate.js";
import type { ScheduleGateway } from "../ports/schedule-gateway.js";
import type { EmailUsageDeps } from "./pass-email-gate.js";
import type { UsageDeps } from "./reserve-usage.js";
import type { ChainDeps } from "./use-case-deps.js";

/** What sendStep uses: the chain's ports, the mail ones, and of the quotas only the email counter. */
export interface SendPorts extends Omit<ChainDeps<"get" | "claimStep" | "replace">, "schedules"> {
  /** Steps a send moves are scheduled again; the sender never deletes a schedule. */
  schedules: Pick<ScheduleGateway, "upsert">;
  mailer: Mailer;
  /**
   * The last check before an email to a contact leaves, one write on the owner's record: the address is
   * not suppressed (bounced, complained, unsubscribed) and the day's quota has room for the step.
   */
  gate: OwnerEmailGate;
  /** The signed Reply-To address and the links an email of this step carries. */
  links: (interview: Interview, step: Step) => StepLinks;
  /** The owner's quota limits; without them no daily email quota is enforced (suppressions still are). */
  usage?: EmailUsageDeps;
}

/** The sender's ports with the full quota ports, as a process that also registers interviews holds them. */
export interface SendDeps extends SendPorts {
  usage?: UsageDeps;
}

export type SendOutcome =
  | { result: "sent"; providerMessageId: string; messageIdHeader: string }
  | { result: "ignored" | "cancelled" | "skipped" | "moved" | "unknown" | "failed"; reason: string };
