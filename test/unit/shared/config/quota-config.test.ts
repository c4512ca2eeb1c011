import { describe, expect, it } from "vitest";
import { parseConfig } from "../../../../shared/config/parse-config.js";
import { quotaConfigSchema, quotaLimitsFrom } from "../../../../shared/config/quota-config.js";

describe("quotaConfigSchema", () => {
  it("defaults to the limits of one job seeker", () => {
    expect(quotaLimitsFrom(parseConfig(quotaConfigSchema, {}))).toEqual({
      interviews_per_day: 20,
      emails_per_day: 50,
      contacts_per_30_days: 200,
      contact_replacements_per_interview: 3,
    });
  });

  it("reads each limit from its variable", () => {
    const limits = quotaLimitsFrom(
      parseConfig(quotaConfigSchema, {
        QUOTA_INTERVIEWS_PER_DAY: "2",
        QUOTA_EMAILS_PER_DAY: "5",
        QUOTA_CONTACTS_PER_30_DAYS: "9",
        QUOTA_CONTACT_REPLACEMENTS_PER_INTERVIEW: "0",
      }),
    );
    expect(limits).toEqual({
      interviews_per_day: 2,
      emails_per_day: 5,
      contacts_per_30_days: 9,
      contact_replacements_per_interview: 0,
    });
  });

  it("allows up to 2,000 emails a day (a day's set on the owner's record stays ~40 KB) and 100,000 of the others", () => {
    const limits = quotaLimitsFrom(
      parseConfig(quotaConfigSchema, { QUOTA_EMAILS_PER_DAY: "2000", QUOTA_CONTACTS_PER_30_DAYS: "100000" }),
    );
    expect(limits.emails_per_day).toBe(2_000);
    expect(() => parseConfig(quotaConfigSchema, { QUOTA_EMAILS_PER_DAY: "2001" })).toThrow();
    expect(limits.contacts_per_30_days).toBe(100_000);
  });

  it.each([
    ["QUOTA_EMAILS_PER_DAY", "lots"],
    ["QUOTA_EMAILS_PER_DAY", "0"],
    // Each email counted keeps a name in the day's counter item: 10,000 is what fits well under 400 KB.
    ["QUOTA_EMAILS_PER_DAY", "10001"],
    ["QUOTA_INTERVIEWS_PER_DAY", "2.5"],
    // Digits only: a number in another notation or with spaces is a typo more often than a limit.
    ["QUOTA_INTERVIEWS_PER_DAY", "1e1"],
    ["QUOTA_INTERVIEWS_PER_DAY", " 5"],
    ["QUOTA_CONTACTS_PER_30_DAYS", ""],
    ["QUOTA_CONTACT_REPLACEMENTS_PER_INTERVIEW", "-1"],
  ])("refuses %s=%j naming the variable", (name, value) => {
    expect(() => parseConfig(quotaConfigSchema, { [name]: value })).toThrow(new RegExp(`${name}: `));
  });
});
