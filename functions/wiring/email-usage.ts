import type { QuotaConfig } from "../../shared/config/quota-config.js";
import type { EmailUsageDeps } from "../../shared/use-cases/pass-email-gate.js";

/**
 * The sender's share of the per-owner quotas: the limits from the environment. The day's count is on the
 * owner's record, which the sender's gate (sender-ports.ts) takes; the sender bundles no quota ledger.
 */
export function emailUsage(config: QuotaConfig): EmailUsageDeps {
  return { limits: config.quotas };
}
