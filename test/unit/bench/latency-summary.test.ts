import { describe, expect, it } from "vitest";
import { latencySummary } from "../../../bench/load/latency-summary.js";

describe("latencySummary", () => {
  it("takes nearest-rank percentiles whatever the order of the samples", () => {
    const samples = Array.from({ length: 200 }, (_, i) => 200 - i); // 200 .. 1, reversed
    expect(latencySummary(samples)).toEqual({ count: 200, p50Ms: 100, p99Ms: 198, maxMs: 200 });
  });

  it("rounds to a tenth of a millisecond and reads one sample as every percentile", () => {
    expect(latencySummary([12.345])).toEqual({ count: 1, p50Ms: 12.3, p99Ms: 12.3, maxMs: 12.3 });
  });

  it("gives zeros, not NaN, when nothing was measured", () => {
    expect(latencySummary([])).toEqual({ count: 0, p50Ms: 0, p99Ms: 0, maxMs: 0 });
  });
});
