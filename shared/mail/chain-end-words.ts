import type { Interview } from "../domain/interview.js";

/** Why a chain sends nothing more, as a sentence for the candidate (the manage page). */
export function chainEndWords(interview: Pick<Interview, "status" | "stopReason">): string {
  switch (interview.status) {
    case "replied":
      return "A contact answered, so these follow-ups ended.";
    case "completed":
      return "Every follow-up of this chain has gone out.";
    case "superseded":
      return "A later interview round took these follow-ups over.";
    case "stopped":
      switch (interview.stopReason) {
        case "offer":
          return "These follow-ups were stopped: you recorded an offer.";
        case "rejected":
          return "These follow-ups were stopped: you recorded a rejection.";
        case "withdrawn":
          return "These follow-ups were stopped: you withdrew.";
        default:
          return "These follow-ups were stopped.";
      }
    default:
      return "These follow-ups have nothing left to send.";
  }
}
