import { describe, expect, it } from "vitest";
import { quotaErrorViewSchema } from "../../../../shared/api/usage-view-schema.js";
import { QuotaExceededError } from "../../../../shared/errors/quota-exceeded-error.js";
import { errorToResponse } from "../../../../shared/http/error-to-response.js";

describe("errorToResponse for a quota", () => {
  it("answers 429 JSON naming the quota, its limit and reset, with Retry-After in seconds", () => {
    const now = new Date("2026-12-01T23:00:00.000Z");
    const res = errorToResponse(
      new QuotaExceededError("interviews_per_day", 20, now, new Date("2026-12-02T00:00:00.000Z")),
    );
    const body = JSON.parse(res.body ?? "");

    expect(res.statusCode).toBe(429);
    expect(res.headers?.["retry-after"]).toBe("3600");
    expect(res.headers?.["content-type"]).toMatch(/^application\/json/);
    expect(quotaErrorViewSchema.safeParse(body).success).toBe(true);
    expect(body.error).toMatchObject({
      code: "quota_exceeded",
      quota: "interviews_per_day",
      limit: 20,
      resetsAt: "2026-12-02T00:00:00.000Z",
    });
    expect(body.error.message).toMatch(/20 new interviews a day/);
  });

  it("gives a per-interview quota no reset and no Retry-After", () => {
    const res = errorToResponse(new QuotaExceededError("contact_replacements_per_interview", 3, new Date()));
    const body = JSON.parse(res.body ?? "");

    expect(res.statusCode).toBe(429);
    expect(res.headers?.["retry-after"]).toBeUndefined();
    expect(body.error).toMatchObject({
      quota: "contact_replacements_per_interview",
      limit: 3,
      resetsAt: null,
    });
  });
});
