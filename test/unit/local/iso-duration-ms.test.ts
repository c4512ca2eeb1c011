import fc from "fast-check";
import { Duration } from "luxon";
import { describe, expect, it } from "vitest";
import { isoDurationMs } from "../../../local/iso-duration-ms.js";

describe("isoDurationMs, against luxon's Duration.fromISO().toMillis()", () => {
  it("counts the clock advances the local stack is sent as luxon did", () => {
    const part = (unit: string) =>
      fc.option(
        fc.integer({ min: 0, max: 400 }).map((n) => `${n}${unit}`),
        { nil: "" },
      );
    const duration = fc
      .tuple(part("Y"), part("M"), part("W"), part("D"), part("H"), part("M"), part("S"))
      .map(([y, mo, w, d, h, mi, s]) => `P${y}${mo}${w}${d}${h || mi || s ? `T${h}${mi}${s}` : ""}`);
    fc.assert(
      fc.property(duration, (text) => {
        const theirs = Duration.fromISO(text);
        if (theirs.isValid) expect(isoDurationMs(text), text).toBe(theirs.toMillis());
      }),
      { numRuns: 1000 },
    );
    expect(isoDurationMs("P7D")).toBe(7 * 86_400_000);
    expect(isoDurationMs("PT2H30M")).toBe(2.5 * 3_600_000);
  });

  it("answers NaN for what is not a duration", () => {
    for (const bad of ["7D", "P", "PT", "seven days", "P1DT", ""]) expect(isoDurationMs(bad), bad).toBeNaN();
  });
});
