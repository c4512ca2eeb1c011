import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { _isoDate, _isoDateTime } from "zod/v4/core";
import {
  ZOD_EMAIL_PATTERN,
  ZOD_ISO_DATE_PATTERN,
  ZOD_ISO_DATE_TIME_WITH_OFFSET_PATTERN,
} from "../../../../shared/domain/zod-string-patterns.js";

const patternOf = (schema: { _zod: { def: { pattern?: RegExp | undefined } } }) => schema._zod.def.pattern;

describe("zod's string patterns, copied", () => {
  it("are the patterns zod's own string formats test, source and flags", () => {
    const pairs: Array<[string, RegExp, RegExp | undefined]> = [
      ["email", ZOD_EMAIL_PATTERN, patternOf(z.email())],
      ["iso date", ZOD_ISO_DATE_PATTERN, patternOf(_isoDate(z.ZodMiniISODate))],
      [
        "iso date-time with offset",
        ZOD_ISO_DATE_TIME_WITH_OFFSET_PATTERN,
        patternOf(_isoDateTime(z.ZodMiniISODateTime, { offset: true })),
      ],
    ];
    for (const [name, copy, zod] of pairs) {
      expect(zod, name).toBeInstanceOf(RegExp);
      expect(String(copy), name).toBe(String(zod));
    }
  });
});
