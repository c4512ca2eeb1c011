import { describe, expect, it } from "vitest";
import type { OwnerQuotaRecord } from "../../../../shared/domain/owner-quota-record.js";
import { DEFAULT_QUOTA_LIMITS } from "../../../../shared/domain/quota-limits.js";
import { type OwnerQuotaTake, takeOwnerQuota } from "../../../../shared/domain/take-owner-quota.js";

const NOW = new Date("2026-12-01T15:00:00.000Z");
const take = (over: Partial<OwnerQuotaTake> = {}): OwnerQuotaTake => ({
  interviewId: "01KQ000000000000000000000B",
  countInterview: true,
  emails: ["rita@acme.test"],
  now: NOW,
  limits: DEFAULT_QUOTA_LIMITS,
  ...over,
});
const record = (over: Partial<OwnerQuotaRecord> = {}): OwnerQuotaRecord => ({
  version: 7,
  day: "2026-12-01",
  dayIds: ["01KQ000000000000000000000A"],
  window: "30d-692",
  contacts: ["rita@acme.test"],
  reach: { "rita@acme.test": ["01KQ000000000000000000000A"] },
  ...over,
});

describe("takeOwnerQuota", () => {
  it("counts a new interview and only the addresses new in the window, and lists the interview under each", () => {
    const outcome = takeOwnerQuota(record(), take({ emails: ["rita@acme.test", "ben@acme.test"] }));

    expect(outcome).toEqual({
      fresh: ["ben@acme.test"],
      repeated: false,
      record: {
        version: 8,
        day: "2026-12-01",
        dayIds: ["01KQ000000000000000000000A", "01KQ000000000000000000000B"],
        window: "30d-692",
        contacts: ["rita@acme.test", "ben@acme.test"],
        reach: {
          "rita@acme.test": ["01KQ000000000000000000000B", "01KQ000000000000000000000A"],
          "ben@acme.test": ["01KQ000000000000000000000B"],
        },
      },
    });
  });

  it("takes nothing more for a repeat of the same interview, even at the day's limit", () => {
    const limits = { ...DEFAULT_QUOTA_LIMITS, interviews_per_day: 1 };
    const outcome = takeOwnerQuota(record(), take({ interviewId: "01KQ000000000000000000000A", limits }));

    expect(outcome).toMatchObject({
      repeated: true,
      fresh: [],
      record: { dayIds: ["01KQ000000000000000000000A"] },
    });
  });

  it("refuses the interview after the day's limit and the address after the window's, naming each", () => {
    const oneADay = { ...DEFAULT_QUOTA_LIMITS, interviews_per_day: 1 };
    const oneContact = { ...DEFAULT_QUOTA_LIMITS, contacts_per_30_days: 1 };

    expect(takeOwnerQuota(record(), take({ limits: oneADay }))).toEqual({
      exceeded: "interviews_per_day",
      limit: 1,
      resetsAt: new Date("2026-12-02T00:00:00.000Z"),
    });
    expect(takeOwnerQuota(record(), take({ limits: oneContact, emails: ["new@acme.test"] }))).toMatchObject({
      exceeded: "contacts_per_30_days",
      limit: 1,
    });
    // An address already counted takes nothing.
    expect(takeOwnerQuota(record(), take({ limits: oneContact }))).toHaveProperty("record");
  });

  it("starts the day and the window over when they have changed, keeping the addresses' interviews", () => {
    const outcome = takeOwnerQuota(record({ day: "2026-11-30", window: "30d-691" }), take());

    expect(outcome).toMatchObject({
      fresh: ["rita@acme.test"],
      record: { day: "2026-12-01", dayIds: ["01KQ000000000000000000000B"], window: "30d-692" },
    });
    expect("record" in outcome && outcome.record.reach["rita@acme.test"]).toHaveLength(2);
  });

  it("for an edit, counts no interview and drops a past day", () => {
    const outcome = takeOwnerQuota(
      record({ day: "2026-11-30" }),
      take({ countInterview: false, emails: ["new@acme.test"] }),
    );

    expect(outcome).toMatchObject({ fresh: ["new@acme.test"], record: { dayIds: [] } });
    expect("record" in outcome && outcome.record.day).toBeUndefined();
  });
});
