/**
 * The DMARC verdict and the sender domain's policy from the first Authentication-Results value that has one
 * (RFC 8601: `dmarc=fail (p=reject ...)`, `policy.dmarc=quarantine`, `action=oreject`).
 */
export function readDmarc(authResults: string[]): { verdict?: string; policy?: string } {
  for (const value of authResults) {
    const m = /\bdmarc=([a-z]+)([^;]*)/i.exec(value);
    if (!m) continue;
    const policy = /\b(?:p|policy\.dmarc|action)=o?([a-z]+)/i.exec(m[2] ?? "")?.[1]?.toLowerCase();
    return {
      verdict: m[1]?.toLowerCase(),
      policy: policy === "none" || policy === "quarantine" || policy === "reject" ? policy : undefined,
    };
  }
  return {};
}
