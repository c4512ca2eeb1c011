import { describe, expect, it } from "vitest";
import { interviewInputSchema, interviewPatchSchema } from "../../../../shared/api/interview-input-schema.js";
import { plannerSettingsOverridesSchema } from "../../../../shared/api/planner-settings-schema.js";
import { zodIssues } from "../../../../shared/errors/zod-issues.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { interviewInput } from "../../../support/interview-input.js";

useFixedSystemTime();

function issues(body: unknown) {
  const result = interviewInputSchema.safeParse(body);
  return result.success ? [] : zodIssues(result.error);
}

const ANN = { name: "Ann Lee", email: "ann@acme.test" };

describe("a contact's own country", () => {
  it("is accepted on interviewers, the recruiter and the referrer, and kept", () => {
    const parsed = interviewInputSchema.parse(
      interviewInput({
        interviewers: [{ ...ANN, timezone: "Asia/Jerusalem", country: "IL" }],
        recruiter: { name: "Rita Ruiz", email: "rita@acme.test", country: "SA" },
        referrer: { name: "Ray Reed", email: "ray@friends.test", country: "EG" },
      }),
    );
    expect(parsed.interviewers[0]?.country).toBe("IL");
    expect(parsed.recruiter?.country).toBe("SA");
    expect(parsed.referrer?.country).toBe("EG");
  });

  it("may be a country with a weekend but no holiday rules, for a contact and for the interview", () => {
    expect(issues(interviewInput({ interviewers: [{ ...ANN, country: "AF" }] }))).toEqual([]);
    expect(issues(interviewInput({ country: "JO", timezone: "Asia/Amman" }))).toEqual([]);
  });

  it("stays optional", () => {
    const parsed = interviewInputSchema.parse(interviewInput({ interviewers: [ANN] }));
    expect(parsed.interviewers[0]).not.toHaveProperty("country");
  });

  it.each([
    ["a name", "Israel", "must be an ISO 3166-1 alpha-2 country code such as US"],
    ["lower case", "il", "must be an ISO 3166-1 alpha-2 country code such as US"],
    ["three letters", "ISR", "must be an ISO 3166-1 alpha-2 country code such as US"],
    ["an unknown code", "XX", "is not a supported country"],
  ])("rejects %s with one clear problem", (_, country, problem) => {
    expect(issues(interviewInput({ interviewers: [{ ...ANN, country }] }))).toEqual([
      { field: "interviewers.0.country", problem },
    ]);
  });

  it("rejects a bad country on the recruiter and on a PATCH too", () => {
    expect(issues(interviewInput({ recruiter: { ...ANN, country: "ZZ" } }))).toEqual([
      { field: "recruiter.country", problem: "is not a supported country" },
    ]);
    const patch = interviewPatchSchema.safeParse({ referrer: { ...ANN, country: 42 } });
    expect(patch.success).toBe(false);
    expect(patch.success ? [] : zodIssues(patch.error).map((i) => i.field)).toEqual(["referrer.country"]);
  });
});

describe("sendWindow without days", () => {
  it("is accepted: the days then come from each recipient's country", () => {
    const parsed = plannerSettingsOverridesSchema.parse({ sendWindow: { start: "08:00", end: "18:00" } });
    expect(parsed.sendWindow).toEqual({ start: "08:00", end: "18:00" });
  });

  it("still rejects an empty list of days", () => {
    expect(
      plannerSettingsOverridesSchema.safeParse({ sendWindow: { start: "08:00", end: "18:00", days: [] } })
        .success,
    ).toBe(false);
  });
});
