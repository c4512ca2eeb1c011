import { describe, expect, it } from "vitest";
import { emailQuotaDeferral as deferralOf } from "../../../../shared/domain/email-quota-deferral.js";
import type { Interview } from "../../../../shared/domain/interview.js";
import { resolvePlannerSettings } from "../../../../shared/domain/planner-settings.js";
import type { Step } from "../../../../shared/domain/step.js";
import { emailQuotaWords } from "../../../../shared/mail/email-quota-words.js";

const step: Step = {
  id: "s1",
  kind: "thank_you",
  channel: "email",
  to: { name: "Ann Lee", email: "ann@acme.test" },
  contact: { name: "Ann Lee", email: "ann@acme.test", role: "interviewer" },
  sendAt: "2026-11-24T09:30:00-05:00",
  timezone: "America/New_York",
  phase: "chain",
  rule: "thank-you.next-business-morning",
  why: "Thank-you on Tuesday.",
  status: "scheduled",
  scheduleName: "fu-x-s1",
  updatedAt: "2026-11-23T20:00:00.000Z",
};

const interview = {
  id: "01KQ8Z3M4N5P6R7S8T9V0W1X2Y",
  country: "US",
  interviewers: [{ name: "Ann Lee", email: "ann@acme.test" }],
  settings: resolvePlannerSettings(),
} as Interview;

/** The deferral in the words the sender writes (see reserveEmailUsage). */
const emailQuotaDeferral = (interview: Interview, step: Step, limit: number, resetsAt: Date) =>
  deferralOf(interview, step, resetsAt, (sendAt) => emailQuotaWords(limit, sendAt, step.timezone));

describe("emailQuotaDeferral", () => {
  it("moves the email to the first send slot of the recipient's zone after the quota resets", () => {
    // Used up on Tuesday 24 Nov: resets at 00:00 UTC on the 25th, 19:00 on the 24th in New York.
    const d = emailQuotaDeferral(interview, step, 50, new Date("2026-11-25T00:00:00Z"));

    expect(d.sendAt).toBe(`2026-11-25T${interview.settings.sendTime}:00-05:00`);
    expect(d.why).toMatch(
      /^Deferred: the daily quota of 50 emails to contacts \(emails_per_day\) was used up/,
    );
    expect(d.why).toContain("Wednesday 25 Nov 2026");
    expect(d.detail).toContain(d.sendAt);
  });

  it("skips the weekend and public holidays of the interview's country", () => {
    // Resets at the start of Thanksgiving (Thu 26 Nov 2026, US): the next business day is Friday 27.
    const thanksgiving = emailQuotaDeferral(interview, step, 50, new Date("2026-11-26T06:00:00Z"));
    // Resets on Saturday: Monday.
    const weekend = emailQuotaDeferral(interview, step, 50, new Date("2026-11-28T06:00:00Z"));

    expect(thanksgiving.sendAt.slice(0, 10)).toBe("2026-11-27");
    expect(weekend.sendAt.slice(0, 10)).toBe("2026-11-30");
  });

  it("uses the recipient's own country: a contact in Israel gets the Israeli Sunday", () => {
    const abroad = {
      ...interview,
      interviewers: [{ name: "Ann Lee", email: "ann@acme.test", country: "IL" }],
    } as Interview;
    const inIsrael = { ...step, timezone: "Asia/Jerusalem" };

    // Resets Saturday 28 Nov: in the US that is Monday's slot, in Israel Sunday's.
    const d = emailQuotaDeferral(abroad, inIsrael, 50, new Date("2026-11-28T06:00:00Z"));

    expect(d.sendAt.slice(0, 10)).toBe("2026-11-29");
  });
});
