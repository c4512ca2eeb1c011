import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { describe, expect, it } from "vitest";
import { isConditionFailure } from "../../../../shared/adapters/is-condition-failure.js";

describe("isConditionFailure", () => {
  it("is true for the SDK's refusal, and for one from another copy of the SDK (by name)", () => {
    const refusal = new ConditionalCheckFailedException({
      message: "The conditional request failed",
      $metadata: {},
    });
    expect(isConditionFailure(refusal)).toBe(true);
    const copy = Object.assign(new Error("The conditional request failed"), {
      name: "ConditionalCheckFailedException",
    });
    expect(isConditionFailure(copy)).toBe(true);
  });

  it("is false for anything else: other errors, a transaction's cancellation, no error", () => {
    expect(isConditionFailure(Object.assign(new Error("x"), { name: "TransactionCanceledException" }))).toBe(
      false,
    );
    expect(isConditionFailure(new Error("ValidationException"))).toBe(false);
    expect(isConditionFailure(undefined)).toBe(false);
    expect(isConditionFailure("ConditionalCheckFailedException")).toBe(false);
  });
});
