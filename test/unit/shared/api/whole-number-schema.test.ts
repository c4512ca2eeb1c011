import { describe, expect, it } from "vitest";
import { toSchema } from "../../../../shared/api/openapi-content.js";
import { plannerSettingsOverridesSchema } from "../../../../shared/api/planner-settings-schema.js";
import { wholeNumberSchema } from "../../../../shared/api/whole-number-schema.js";
import { ValidationError } from "../../../../shared/errors/app-error.js";
import { validateInput } from "../../../../shared/http/validate-input.js";

/** The problems the API would answer for `value` (validateInput: every unique field and problem). */
function problems(schema: Parameters<typeof validateInput>[0], value: unknown): string[] | "ok" {
  try {
    validateInput(schema, value);
    return "ok";
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    return err.issues.map((i) => i.problem);
  }
}

describe("wholeNumberSchema", () => {
  const days = wholeNumberSchema(1, 20);

  it.each([
    [1, "ok"],
    [20, "ok"],
    [-0, ["must be at least 1"]],
    [0, ["must be at least 1"]],
    [21, ["must be at most 20"]],
    [1e20, ["must be at most 20"]],
    [-1e20, ["must be at least 1"]],
    [1.5, ["must be a whole number"]],
    // A fraction out of range is said once, as a fraction.
    [20.5, ["must be a whole number"]],
    [1e-7, ["must be a whole number"]],
    [Number.POSITIVE_INFINITY, ["must be a finite number, not Infinity"]],
    ["3", ["must be a number, not a string"]],
    [true, ["must be a number, not a boolean"]],
    [null, ["must be a number, not null"]],
    [[3], ["must be a number, not an array"]],
  ] as const)("%s: %j", (value, expected) => {
    expect(problems(days, value)).toEqual(expected);
  });

  it("keeps the number as given", () => {
    expect(validateInput(days, 7)).toBe(7);
  });

  it("is an integer with its bounds in the OpenAPI document, as z.int() was", () => {
    expect(toSchema(days, "input")).toMatchObject({ type: "integer", minimum: 1, maximum: 20 });
    const settings = toSchema(plannerSettingsOverridesSchema, "input") as {
      properties: Record<string, { type?: string; minimum?: number; maximum?: number }>;
    };
    expect(settings.properties.thankYouAfterBusinessDays).toEqual({
      type: "integer",
      minimum: 0,
      maximum: 5,
    });
    expect(settings.properties.preDecisionNudgeBusinessDays).toEqual({
      type: "integer",
      minimum: 1,
      maximum: 20,
    });
    expect(settings.properties.maxUnansweredFollowUps).toEqual({ type: "integer", minimum: 0, maximum: 6 });
    expect(settings.properties.keepInTouchAfterMonths).toEqual({ type: "integer", minimum: 0, maximum: 24 });
  });

  it("settings over the top say the bound, not that a whole number is not whole", () => {
    expect(problems(plannerSettingsOverridesSchema, { thankYouAfterBusinessDays: 6 })).toEqual([
      "must be at most 5",
    ]);
    expect(problems(plannerSettingsOverridesSchema, { firstCheckInAfterBusinessDays: 0 })).toEqual([
      "must be at least 1",
    ]);
  });
});
