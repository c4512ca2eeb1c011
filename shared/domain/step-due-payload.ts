import * as z from "zod/mini";
import { INTERVIEW_ID_PATTERN } from "./is-interview-id.js";

/**
 * What a step's schedule hands the sender when it fires. Versioned, because schedules created by one
 * release fire under the next one; the sender drops (without retry) anything that does not parse.
 */
export const STEP_DUE_PAYLOAD_TYPE = "followup.step.due";

/**
 * Built on first use (z.lazy): the routes that schedule steps import this module but never parse a payload.
 * Marked pure, so their bundles leave it out (esbuild cannot tell a top-level call is free of effects).
 */
export const stepDuePayloadSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    type: z.literal(STEP_DUE_PAYLOAD_TYPE),
    v: z.literal(1),
    interviewId: z.string().check(z.regex(INTERVIEW_ID_PATTERN, "must be an interview id")),
    stepId: z.string().check(z.regex(/^s[0-9]{1,4}$/, "must be a step id")),
  }),
);
export type StepDuePayload = z.infer<typeof stepDuePayloadSchema>;

export function stepDuePayload(interviewId: string, stepId: string): StepDuePayload {
  return { type: STEP_DUE_PAYLOAD_TYPE, v: 1, interviewId, stepId };
}
