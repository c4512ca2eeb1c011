import * as z from "zod/mini";
import { INTERVIEW_ID_PATTERN } from "./is-interview-id.js";

/**
 * What a step's schedule hands the sender when it fires. Versioned, because schedules created by one
 * release fire under the next one; the sender drops (without retry) anything that does not parse.
 */
export const STEP_DUE_PAYLOAD_TYPE = "followup.step.due";

/** A step's id as a payload carries it (the plain reader tests it too). */
const STEP_ID_PATTERN = /^s[0-9]{1,4}$/;

/**
 * Built on first use (z.lazy): the routes that schedule steps import this module but never parse a payload.
 * Marked pure, so their bundles leave it out (esbuild cannot tell a top-level call is free of effects).
 */
export const stepDuePayloadSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    type: z.literal(STEP_DUE_PAYLOAD_TYPE),
    v: z.literal(1),
    interviewId: z.string().check(z.regex(INTERVIEW_ID_PATTERN, "must be an interview id")),
    stepId: z.string().check(z.regex(STEP_ID_PATTERN, "must be a step id")),
  }),
);
export type StepDuePayload = z.infer<typeof stepDuePayloadSchema>;

export function stepDuePayload(interviewId: string, stepId: string): StepDuePayload {
  return { type: STEP_DUE_PAYLOAD_TYPE, v: 1, interviewId, stepId };
}

const PAYLOAD_KEYS = 4;

/**
 * What stepDuePayloadSchema gives for a payload that is plainly a step's, read without zod (the sender's
 * first step then parses nothing with zod); undefined for anything else, which the schema then parses and words.
 * test/unit/shared/domain/plain-step-due-payload.test.ts holds it to the schema.
 */
export function plainStepDuePayload(payload: unknown): StepDuePayload | undefined {
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) return undefined;
  const { type, v, interviewId, stepId } = payload as Record<string, unknown>;
  if (Object.keys(payload).length !== PAYLOAD_KEYS || type !== STEP_DUE_PAYLOAD_TYPE || v !== 1)
    return undefined;
  if (typeof interviewId !== "string" || !INTERVIEW_ID_PATTERN.test(interviewId)) return undefined;
  if (typeof stepId !== "string" || !STEP_ID_PATTERN.test(stepId)) return undefined;
  return { type, v, interviewId, stepId };
}
