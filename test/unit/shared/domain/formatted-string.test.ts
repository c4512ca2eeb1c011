import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { _isoDate, _isoDateTime } from "zod/v4/core";
import { formattedString } from "../../../../shared/domain/formatted-string.js";
import {
  ZOD_EMAIL_PATTERN,
  ZOD_ISO_DATE_PATTERN,
  ZOD_ISO_DATE_TIME_WITH_OFFSET_PATTERN,
} from "../../../../shared/domain/zod-string-patterns.js";
import { zodIssues } from "../../../../shared/errors/zod-issues.js";

/** What a client reads for a value: the parsed value, or the API's {field, problem} pairs. */
const answerOf = (schema: z.core.$ZodType, value: unknown) => {
  const parsed = z.safeParse(schema, value, { reportInput: true });
  return parsed.success ? { value: parsed.data } : { issues: zodIssues(parsed.error) };
};

const VALUES: unknown[] = [
  undefined,
  null,
  5,
  true,
  [],
  {},
  "",
  " ",
  "x",
  "sam@example.com",
  "sam@exämple.com",
  "a..b@example.com",
  " sam@example.com",
  "2026-12-07",
  "2026-02-29",
  "2028-02-29",
  "2026-13-01",
  "2026-12-7",
  "2026-12-07T14:00:00-05:00",
  "2026-12-07T14:00:00Z",
  "2026-12-07T14:00:00.123+14:00",
  "2026-12-07T14:00-05:00",
  "2026-12-07T14:00:00",
  "2026-02-30T10:00:00Z",
];

describe("formattedString", () => {
  const byError = (issue: { input?: unknown }) =>
    typeof issue.input === "string" ? "not an address" : "no text";
  const pairs: Array<[string, z.core.$ZodType, z.core.$ZodType]> = [
    ["email", formattedString(ZOD_EMAIL_PATTERN, byError), z.email({ error: byError })],
    ["date", formattedString(ZOD_ISO_DATE_PATTERN, "not a date"), _isoDate(z.ZodMiniISODate, "not a date")],
    [
      "date-time with offset",
      formattedString(ZOD_ISO_DATE_TIME_WITH_OFFSET_PATTERN, "not a date-time"),
      _isoDateTime(z.ZodMiniISODateTime, { offset: true, message: "not a date-time" }),
    ],
  ];

  it.each(pairs)(
    "%s: answers every value as zod's string format with the same message does",
    (_n, ours, zods) => {
      for (const value of VALUES) {
        expect(answerOf(ours, value), JSON.stringify(value)).toEqual(answerOf(zods, value));
      }
      // Not vacuous: both values and problems among the answers.
      const answers = VALUES.map((v) => answerOf(ours, v));
      expect(answers.some((a) => "value" in a)).toBe(true);
      expect(answers.some((a) => "issues" in a)).toBe(true);
    },
  );
});
