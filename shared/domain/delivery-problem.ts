/** What an SES bounce or complaint says about the addresses one email went to. */
export interface DeliveryProblem {
  /** A permanent bounce, or a complaint (the recipient marked it as spam). */
  kind: "bounce" | "complaint";
  /** From the email's tags: the interview (and so the owner) the email was sent for. */
  interviewId: string;
  stepId?: string | undefined;
  /** Lower-cased, validated addresses. */
  addresses: readonly string[];
}
