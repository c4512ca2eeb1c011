import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { quotaConfigShape } from "../../../../shared/config/quota-config.js";
import { wholeNumber } from "../../../../shared/config/whole-number.js";
import { withFallback } from "../../../../shared/config/with-fallback.js";
import { DEFAULT_QUOTA_LIMITS } from "../../../../shared/domain/quota-limits.js";
import "../../../../shared/errors/zod-issues.js";

function answer(schema: z.core.$ZodType, value: unknown) {
  const result = z.safeParse(schema, value);
  return result.success ? { data: result.data } : { issues: result.error.issues };
}

/** Environment values: unset, numbers in and out of range, blanks, signs, words, and not strings at all. */
const envValue = fc.oneof(
  fc.constantFrom(
    undefined,
    "",
    " ",
    "0",
    "1",
    "5",
    "05",
    "2000",
    "2001",
    "100000",
    "100001",
    "-1",
    "1.5",
    "abc",
    " 7",
  ),
  fc.nat({ max: 200_000 }).map(String),
  fc.string({ maxLength: 8 }),
  fc.constantFrom(null, 5, true),
);

describe("withFallback", () => {
  it("answers as z._default: the fallback when unset, the schema's value or issues otherwise", () => {
    fc.assert(
      fc.property(envValue, fc.boolean(), (value, present) => {
        const env = present ? { X: value } : {};
        expect(answer(z.object({ X: withFallback(wholeNumber(0, 10), 3) }), env)).toEqual(
          answer(z.object({ X: z._default(wholeNumber(0, 10), 3) }), env),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it("gives the quota variables the answers they had with z._default", () => {
    const before = z.object({
      QUOTA_INTERVIEWS_PER_DAY: z._default(wholeNumber(1, 100_000), DEFAULT_QUOTA_LIMITS.interviews_per_day),
      QUOTA_EMAILS_PER_DAY: z._default(wholeNumber(1, 2_000), DEFAULT_QUOTA_LIMITS.emails_per_day),
      QUOTA_CONTACTS_PER_30_DAYS: z._default(
        wholeNumber(1, 100_000),
        DEFAULT_QUOTA_LIMITS.contacts_per_30_days,
      ),
      QUOTA_CONTACT_REPLACEMENTS_PER_INTERVIEW: z._default(
        wholeNumber(0, 100_000),
        DEFAULT_QUOTA_LIMITS.contact_replacements_per_interview,
      ),
    });
    const env = fc.record(
      Object.fromEntries(Object.keys(before._zod.def.shape).map((name) => [name, envValue])),
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(env, (e) => {
        expect(answer(z.object(quotaConfigShape()), e)).toEqual(answer(before, e));
      }),
      { numRuns: 2000 },
    );
  });
});
