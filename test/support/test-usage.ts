import { DEFAULT_QUOTA_LIMITS, type QuotaLimits } from "../../shared/domain/quota-limits.js";
import type { UsageDeps } from "../../shared/use-cases/reserve-usage.js";
import { InMemoryQuotaContactMarkers } from "./in-memory-quota-contact-markers.js";
import { InMemoryQuotaCounter } from "./in-memory-quota-counter.js";

export interface TestUsage extends UsageDeps {
  counter: InMemoryQuotaCounter;
  contacts: InMemoryQuotaContactMarkers;
}

/** Fresh in-memory quota ports with the default limits, or these overrides. */
export function testUsage(limits: Partial<QuotaLimits> = {}): TestUsage {
  return {
    counter: new InMemoryQuotaCounter(),
    contacts: new InMemoryQuotaContactMarkers(),
    limits: { ...DEFAULT_QUOTA_LIMITS, ...limits },
  };
}
