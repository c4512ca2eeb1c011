import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { headerWeight } from "../../../../shared/http/header-weight.js";

const RUNS = { numRuns: 1000 };
const name = fc.constantFrom("gzip", "x-gzip", "br", "identity", "*", "text/html", "application/json");
const weight = fc.oneof(
  fc.constantFrom("", ";q=0", ";q=1", ";q=0.5", "; q=0.000", ";Q=0.8", ";q=abc", ";q=-1", ";q=7"),
  fc.string({ maxLength: 12 }).map((s) => `;${s}`),
);
const entry = fc.tuple(name, fc.constantFrom("", " ", "  "), weight).map(([n, sp, w]) => `${sp}${n}${w}`);
const header = fc.oneof(
  fc.array(entry, { maxLength: 6 }).map((e) => e.join(",")),
  fc.string({ maxLength: 80 }),
);

describe("headerWeight, on any header", () => {
  it("never throws, and gives a weight from 0 to 1 exactly when the header names one of the names", () => {
    fc.assert(
      fc.property(header, (value) => {
        const found = headerWeight(value, ["gzip", "x-gzip"]);
        const named = value
          .split(",")
          .some((e) => ["gzip", "x-gzip"].includes((e.split(";")[0] ?? "").trim().toLowerCase()));
        if (!named) expect(found).toBeUndefined();
        else {
          expect(found).toBeGreaterThanOrEqual(0);
          expect(found).toBeLessThanOrEqual(1);
        }
      }),
      RUNS,
    );
  });

  it("reads q=0 as a refusal, no q as 1, and keeps the best of several", () => {
    expect(headerWeight("gzip;q=0", ["gzip"])).toBe(0);
    expect(headerWeight("GZIP", ["gzip"])).toBe(1);
    expect(headerWeight("gzip;q=0.2, x-gzip;q=0.7", ["gzip", "x-gzip"])).toBe(0.7);
    expect(headerWeight("gzip;q=abc", ["gzip"])).toBe(0);
    expect(headerWeight("br", ["gzip"])).toBeUndefined();
  });
});
