import { describe, expect, it } from "vitest";
import { emailQuotaDeferral as deferralOf } from "../../../../shared/domain/email-quota-deferral.js";
import type { Interview } from "../../../../shared/domain/interview.js";
import type { Step } from "../../../../shared/domain/step.js";
import { emailQuotaWords } from "../../../../shared/mail/email-quota-words.js";
import { storedInterview, storedStep } from "../../../support/stored-interview.js";

const step: Step = storedStep(1, {
  contact: { name: "Ann Lee", email: "ann@acme.test", role: "interviewer" },
  scheduleName: "fu-x-s1",
});

const interview = storedInterview();

/** The deferral in the words the sender writes (see passEmailGate). */
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
