import type { Interview } from "../../shared/domain/interview.js";
import { createInterview } from "../../shared/use-cases/create-interview.js";
import type { InboundTestDeps } from "./inbound-test-deps.js";
import { interviewDetails } from "./test-deps.js";

/**
 * Cara's registered chain (the README's interview, `details` overriding its body), the gateway's history
 * cleared and the clock on Wed 2 Dec 2026, 15:00 UTC: the day after the nudge, when replies come in.
 */
export async function inboundChain(
  d: InboundTestDeps,
  details: Record<string, unknown> = {},
): Promise<Interview> {
  const created = await createInterview(d, { owner: "owner-cara", details: interviewDetails(details) });
  d.schedules.clearHistory();
  d.clock.set("2026-12-02T15:00:00.000Z");
  return created;
}
