import type { Interview } from "../domain/interview.js";
import type { Step } from "../domain/step.js";
import { manageToken } from "../security/manage-token.js";
import { unsubscribeToken } from "../security/unsubscribe-token.js";
import type { StepLinks } from "./compose-step-email.js";
import { interviewAddressToken } from "./interview-address-token.js";
import { replyToken } from "./reply-token.js";

export interface StepLinkSettings {
  /** The token HMAC key. */
  secret: string;
  replyDomain: string;
  /** The HTTP API's public base URL, without a trailing slash; without it no link is added. */
  publicApiUrl?: string | undefined;
}

/**
 * The signed Reply-To address of a step and, when the deployment has a public URL: for emails to contacts
 * the one-click unsubscribe URL, for reminders to the candidate the link to stop or snooze the chain.
 */
export function stepLinksFor({ secret, replyDomain, publicApiUrl }: StepLinkSettings) {
  return (interview: Pick<Interview, "id">, step: Pick<Step, "id" | "channel">): StepLinks => ({
    replyTo: `${replyToken(secret, interview.id, step.id)}@${replyDomain}`,
    // Contacts get an unsubscribe link only: the manage link stops a candidate's whole chain.
    ...(publicApiUrl && step.channel === "email"
      ? { unsubscribeUrl: `${publicApiUrl}/unsubscribe/${unsubscribeToken(secret, interview.id, step.id)}` }
      : {}),
    // Reminders show the interview's own address: Cc'd or forwarded to, a contact's reply reaches the chain.
    ...(step.channel === "reminder"
      ? { interviewAddress: `${interviewAddressToken(secret, interview.id)}@${replyDomain}` }
      : {}),
    ...(publicApiUrl && step.channel === "reminder"
      ? { manageUrl: `${publicApiUrl}/manage/${manageToken(secret, interview.id, step.id)}` }
      : {}),
  });
}
