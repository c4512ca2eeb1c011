import { describe, expect, it } from "vitest";
import { dailyQuotaWindow, quotaWindow } from "../../../../shared/domain/quota-window.js";

describe("quotaWindow", () => {
  it("counts daily quotas per UTC day, resetting at the next UTC midnight", () => {
    const late = quotaWindow("interviews_per_day", new Date("2026-12-01T23:59:59.999Z"));
    const next = quotaWindow("interviews_per_day", new Date("2026-12-02T00:00:00.000Z"));

    expect(late.key).toBe("2026-12-01");
    expect(late.resetsAt?.toISOString()).toBe("2026-12-02T00:00:00.000Z");
    expect(next.key).toBe("2026-12-02");
    expect(quotaWindow("emails_per_day", new Date("2026-12-01T08:00:00Z")).key).toBe("2026-12-01");
  });

  it("counts distinct contacts in fixed 30-day windows: same key inside one, a new key after its reset", () => {
    const at = new Date("2026-12-01T12:00:00Z");
    const window = quotaWindow("contacts_per_30_days", at);
    const resetsAt = window.resetsAt as Date;

    expect(resetsAt.getTime() - window.startsAt.getTime()).toBe(30 * 86_400_000);
    expect(window.startsAt.getTime()).toBeLessThanOrEqual(at.getTime());
    expect(resetsAt.getTime()).toBeGreaterThan(at.getTime());
    expect(quotaWindow("contacts_per_30_days", new Date(resetsAt.getTime() - 1)).key).toBe(window.key);
    expect(quotaWindow("contacts_per_30_days", resetsAt).key).not.toBe(window.key);
  });

  it("gives a per-interview quota one window for the interview's life, with no reset", () => {
    const a = quotaWindow("contact_replacements_per_interview", new Date("2026-12-01T00:00:00Z"), "01ABC");
    const b = quotaWindow("contact_replacements_per_interview", new Date("2027-06-01T00:00:00Z"), "01ABC");

    expect(a.key).toBe(b.key);
    expect(a.resetsAt).toBeUndefined();
    expect(() => quotaWindow("contact_replacements_per_interview", new Date())).toThrow(/interview's id/);
  });
});

describe("dailyQuotaWindow", () => {
  it("is the UTC day quotaWindow gives a daily quota, from the first to the last millisecond of it", () => {
    for (const at of ["2026-12-01T00:00:00.000Z", "2026-12-01T13:37:00.000Z", "2026-12-01T23:59:59.999Z"]) {
      const daily = dailyQuotaWindow(new Date(at));
      expect(daily.key).toBe("2026-12-01");
      expect(daily.resetsAt.toISOString()).toBe("2026-12-02T00:00:00.000Z");
      expect(daily).toEqual(quotaWindow("emails_per_day", new Date(at)));
    }
  });
});
