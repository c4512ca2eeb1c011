import { describe, expect, it } from "vitest";
import { interviewInputSchema, interviewPatchSchema } from "../../../../shared/api/interview-input-schema.js";
import { zodIssues } from "../../../../shared/errors/zod-issues.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { interviewInput } from "../../../support/interview-input.js";

useFixedSystemTime();

function issues(body: unknown) {
  const result = interviewInputSchema.safeParse(body);
  return result.success ? [] : zodIssues(result.error);
}

const LI = { name: "Li Ming", email: "li@acme.test" };

describe("a person's greeting", () => {
  it("is accepted on interviewers, the recruiter, the referrer and the candidate, trimmed and kept", () => {
    const parsed = interviewInputSchema.parse(
      interviewInput({
        candidate: { name: "Abdul Rahman Khan", email: "abdul@example.com", greeting: " Abdul Rahman " },
        interviewers: [{ ...LI, greeting: "Ming" }],
        recruiter: { name: "Li Wei", email: "wei@acme.test", greeting: "Dr. Li" },
        referrer: { name: "Ray Reed", email: "ray@friends.test", greeting: "Ray" },
      }),
    );
    expect(parsed.candidate.greeting).toBe("Abdul Rahman");
    expect(parsed.interviewers[0]?.greeting).toBe("Ming");
    expect(parsed.recruiter?.greeting).toBe("Dr. Li");
    expect(parsed.referrer?.greeting).toBe("Ray");
  });

  it("stays optional", () => {
    const parsed = interviewInputSchema.parse(interviewInput({ interviewers: [LI] }));
    expect(parsed.interviewers[0]).not.toHaveProperty("greeting");
    expect(parsed.candidate).not.toHaveProperty("greeting");
  });

  it.each([
    ["empty", "   ", "must not be empty"],
    ["over 100 characters", "M".repeat(101), "must be at most 100 characters"],
    ["a line break", "Ming\nBcc: x@evil.test", "must not contain line breaks or control characters"],
    ["a control character", "Ming\u0007", "must not contain line breaks or control characters"],
  ])("is refused when %s, naming the field", (_, greeting, problem) => {
    expect(issues(interviewInput({ interviewers: [{ ...LI, greeting }] }))).toEqual([
      { field: "interviewers.0.greeting", problem },
    ]);
    expect(
      issues(interviewInput({ recruiter: { name: "Rita Ruiz", email: "rita@acme.test", greeting } })),
    ).toEqual([{ field: "recruiter.greeting", problem }]);
    expect(
      issues(interviewInput({ candidate: { name: "Cara Diaz", email: "cara@example.com", greeting } })),
    ).toEqual([{ field: "candidate.greeting", problem }]);
  });

  it("may be given in a PATCH, and a bad one is named there too", () => {
    const parsed = interviewPatchSchema.parse({ interviewers: [{ ...LI, greeting: "Ming" }] });
    expect(parsed.interviewers?.[0]?.greeting).toBe("Ming");
    const bad = interviewPatchSchema.safeParse({ recruiter: { ...LI, greeting: "" } });
    expect(bad.success ? [] : zodIssues(bad.error)).toEqual([
      { field: "recruiter.greeting", problem: "must not be empty" },
    ]);
  });
});
