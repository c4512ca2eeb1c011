import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { _isoDate, _isoDateTime } from "zod/v4/core";
import { ZOD_STRING_PATTERNS } from "../../../../shared/domain/zod-string-patterns.js";

const patternOf = (schema: { _zod: { def: { pattern?: RegExp | undefined } } }) => schema._zod.def.pattern;

describe("ZOD_STRING_PATTERNS", () => {
  it("are the patterns zod's own string formats test, source and flags", () => {
    const zods = {
      email: patternOf(z.email()),
      isoDate: patternOf(_isoDate(z.ZodMiniISODate)),
      isoDateTimeWithOffset: patternOf(_isoDateTime(z.ZodMiniISODateTime, { offset: true })),
    };
    for (const [name, pattern] of Object.entries(ZOD_STRING_PATTERNS)) {
      const zod = zods[name as keyof typeof zods];
      expect(zod, name).toBeInstanceOf(RegExp);
      expect(String(pattern), name).toBe(String(zod));
    }
  });
});
