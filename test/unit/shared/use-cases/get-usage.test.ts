import { describe, expect, it } from "vitest";
import { usageViewSchema } from "../../../../shared/api/usage-view-schema.js";
import { getUsage } from "../../../../shared/use-cases/get-usage.js";
import { reserveUsage } from "../../../../shared/use-cases/reserve-usage.js";
import { testUsage } from "../../../support/test-usage.js";

const NOW = new Date("2026-12-01T15:00:00.000Z");

describe("getUsage", () => {
  it("answers each quota's limit, the owner's use in the current window and when it resets", async () => {
    const usage = testUsage({ emails_per_day: 7 });
    const take = (owner: string, interviewId: string, emails: string[]) =>
      usage.ledger.take({ owner, interviewId, countInterview: true, emails, now: NOW, limits: usage.limits });
    await take("sam", "i1", ["a@x.test", "b@x.test", "c@x.test"]);
    await take("sam", "i2", ["c@x.test", "d@x.test", "e@x.test"]);
    await take("other", "i3", ["f@x.test"]);

    const view = await getUsage(usage, { owner: "sam", now: NOW });

    expect(usageViewSchema.safeParse(view).success).toBe(true);
    expect(view.quotas.interviews_per_day).toEqual({
      per: "owner",
      limit: 20,
      used: 2,
      remaining: 18,
      resetsAt: "2026-12-02T00:00:00.000Z",
    });
    expect(view.quotas.emails_per_day).toMatchObject({ limit: 7, used: 0, remaining: 7 });
    expect(view.quotas.contacts_per_30_days).toMatchObject({ limit: 200, used: 5, remaining: 195 });
    expect(Date.parse(view.quotas.contacts_per_30_days.resetsAt ?? "")).toBeGreaterThan(NOW.getTime());
    expect(view.quotas.contact_replacements_per_interview).toEqual({
      per: "interview",
      limit: 3,
      used: null,
      remaining: null,
      resetsAt: null,
    });
  });

  it("reads yesterday's use as gone", async () => {
    const usage = testUsage();
    await reserveUsage(
      usage,
      "sam",
      [{ quota: "interviews_per_day", by: 3 }],
      new Date("2026-11-30T23:00:00Z"),
    );

    const view = await getUsage(usage, { owner: "sam", now: NOW });

    expect(view.quotas.interviews_per_day.used).toBe(0);
  });
});

describe("reserveUsage", () => {
  it("takes every charge or none: a refused later charge gives back the earlier ones", async () => {
    const usage = testUsage({ contacts_per_30_days: 1 });

    await expect(
      reserveUsage(
        usage,
        "sam",
        [
          { quota: "interviews_per_day", by: 1 },
          { quota: "contacts_per_30_days", by: 2 },
        ],
        NOW,
      ),
    ).rejects.toMatchObject({ code: "quota_exceeded", quota: "contacts_per_30_days", limit: 1 });

    expect([...usage.counter.counts.values()].every((n) => n === 0)).toBe(true);
  });

  it("releases what it took when asked, and sets counters to expire after their window", async () => {
    const usage = testUsage();
    const reservation = await reserveUsage(usage, "sam", [{ quota: "interviews_per_day", by: 1 }], NOW);
    const [key] = [...usage.counter.counts.keys()];

    expect(usage.counter.expiries.get(key as string)?.getTime()).toBeGreaterThan(
      Date.parse("2026-12-02T00:00:00Z"),
    );
    await reservation.release();
    expect(usage.counter.count("sam", "interviews_per_day", "2026-12-01")).toBe(0);
  });
});
