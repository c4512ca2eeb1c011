import type { InterviewDetails } from "../../shared/domain/interview.js";
import { resolvePlannerSettings } from "../../shared/domain/planner-settings.js";

/** Details as the planner takes them: an onsite on Wednesday 18 Nov 2026, 14:00 in New York, with Ann. */
export function planDetails(overrides: Partial<InterviewDetails> = {}): InterviewDetails {
  return {
    company: "Acme Corp",
    role: "Staff Engineer",
    round: "onsite",
    applicationKey: "acme-corp--staff-engineer",
    interviewedAt: "2026-11-18T14:00:00-05:00", // Wednesday
    timezone: "America/New_York",
    country: "US",
    candidate: { name: "Cara Diaz", email: "cara@example.com", links: ["https://example.com/cara"] },
    interviewers: [{ name: "Ann Lee", email: "ann@acme.test", topics: ["caching"] }],
    mode: "send",
    cadence: "standard",
    settings: resolvePlannerSettings(),
    ...overrides,
  };
}
