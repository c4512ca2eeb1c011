import { DEFAULT_QUOTA_LIMITS, type QuotaLimits } from "../../shared/domain/quota-limits.js";
import type { UsageDeps } from "../../shared/use-cases/reserve-usage.js";
import { InMemoryOwnerQuotaLedger } from "./in-memory-owner-quota-ledger.js";
import { InMemoryQuotaCounter } from "./in-memory-quota-counter.js";

export interface TestUsage extends UsageDeps {
  counter: InMemoryQuotaCounter;
  ledger: InMemoryOwnerQuotaLedger;
}

/** Fresh in-memory quota ports with the default limits, or these overrides. */
export function testUsage(limits: Partial<QuotaLimits> = {}): TestUsage {
  return {
    counter: new InMemoryQuotaCounter(),
    ledger: new InMemoryOwnerQuotaLedger(),
    limits: { ...DEFAULT_QUOTA_LIMITS, ...limits },
  };
}
