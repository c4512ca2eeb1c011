import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  plainStepDuePayload,
  STEP_DUE_PAYLOAD_TYPE,
  stepDuePayloadSchema,
} from "../../../../shared/domain/step-due-payload.js";
import { expectAnsweredAsSchema, fastPathAgainstSchema } from "../../../support/fast-path-against-schema.js";

// The sender reads its event without zod when it is plainly valid (functions/wiring/event-handler.ts): the
// reader must answer what its schema answers, or decline.

const ID = "01KQ8Z3M4N5P6R7S8T9V0W1X2Y";

// Values near the edges of each field's rule, and anything at all.
const anything = fc.oneof(
  fc.constantFrom(undefined, null, "", 0, 1, "1", true, [], {}, "x".repeat(40), "x".repeat(41)),
  fc.string({ maxLength: 50 }),
  fc.jsonValue({ maxDepth: 2 }),
);
const maybe = <T>(value: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: value }, anything);
/** The valid value most of the time, else one near it, else anything. */
const mostly = <T>(valid: T, ...others: unknown[]) =>
  maybe(fc.oneof({ weight: 3, arbitrary: fc.constant(valid) }, fc.constantFrom(...others)));
/** An object with some of `fields` (or none), sometimes with a key of another name. */
const objectOf = (fields: Record<string, fc.Arbitrary<unknown>>) =>
  fc.oneof(
    { weight: 8, arbitrary: fc.record(fields, { requiredKeys: [] }) },
    fc
      .tuple(fc.record(fields, { requiredKeys: [] }), fc.string({ maxLength: 8 }), anything)
      .map(([o, key, value]) => ({ ...o, [key]: value })),
    anything,
  );

describe("plainStepDuePayload", () => {
  const fields = {
    type: mostly(STEP_DUE_PAYLOAD_TYPE, "followup.step.sent"),
    v: mostly(1, 2, "1"),
    interviewId: mostly(ID, ID.toLowerCase(), `${ID}0`, "01KQ8Z3M4N5P6R7S8T9V0W1X2I"),
    stepId: mostly("s1", "s9999", "s10000", "s", "S1", "s1 ", "s01"),
  };
  const payloads = fc.oneof({ weight: 2, arbitrary: fc.record(fields) }, objectOf(fields));

  it("never answers a payload otherwise than the schema (it may decline)", () => {
    const { answered } = fastPathAgainstSchema(plainStepDuePayload, stepDuePayloadSchema, payloads, 4000);
    expect(answered).toBeGreaterThan(100);
  });

  it("answers a step's payload as the schema does", () => {
    expectAnsweredAsSchema(plainStepDuePayload, stepDuePayloadSchema, [
      { type: STEP_DUE_PAYLOAD_TYPE, v: 1, interviewId: ID, stepId: "s1" },
      { stepId: "s12", interviewId: ID, v: 1, type: STEP_DUE_PAYLOAD_TYPE },
    ]);
  });
});
