import { applicationKeyFor } from "../domain/application-key.js";
import type { InterviewDetails } from "../domain/interview.js";
import { resolvePlannerSettings } from "../domain/planner-settings.js";
import type { InterviewInput } from "./interview-input-schema.js";

/** Turns a validated request body into the domain's interview details, with settings resolved. */
export function toInterviewDetails(input: InterviewInput): InterviewDetails {
  const { applicationId, cadence, settings, ...rest } = input;
  return {
    ...rest,
    applicationKey: applicationId ?? applicationKeyFor(input.company, input.role),
    cadence: cadence ?? "standard",
    settings: resolvePlannerSettings(cadence ?? "standard", settings ?? {}),
  };
}
