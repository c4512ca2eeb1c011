import { describe, expect, it } from "vitest";
import { emailQuotaWords } from "../../../../shared/mail/email-quota-words.js";

describe("emailQuotaWords", () => {
  it("says which quota was used up and when the step goes instead, in the step's own zone", () => {
    expect(emailQuotaWords(50, "2026-11-25T09:30:00-05:00", "America/New_York")).toEqual({
      why:
        "Deferred: the daily quota of 50 emails to contacts (emails_per_day) was used up, so it goes in " +
        "the next day's send window, Wednesday 25 Nov 2026 at 09:30 (America/New_York).",
      detail:
        "Not sent yet: the daily quota of 50 emails to contacts (emails_per_day) was used up; moved to " +
        "2026-11-25T09:30:00-05:00.",
    });
  });

  it("reads the send time in the zone given, not the offset's", () => {
    expect(emailQuotaWords(3, "2026-11-29T07:30:00Z", "Asia/Jerusalem").why).toContain(
      "Sunday 29 Nov 2026 at 09:30 (Asia/Jerusalem)",
    );
  });
});
