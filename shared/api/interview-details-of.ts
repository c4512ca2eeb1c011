import type { InterviewDetails } from "../domain/interview.js";
import type { InterviewInput } from "./interview-input-schema.js";
import { type OwnAddresses, refuseOwnAddresses } from "./refuse-own-addresses.js";
import { toInterviewDetails } from "./to-interview-details.js";

/**
 * The interview details a validated new-interview body gives (create, preview): our own addresses are
 * refused as the candidate or a contact first (a ValidationError naming each such field).
 */
export function interviewDetailsOf(body: InterviewInput, own: OwnAddresses): InterviewDetails {
  refuseOwnAddresses(body, own);
  return toInterviewDetails(body);
}
