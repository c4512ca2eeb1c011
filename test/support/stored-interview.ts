import type { Interview } from "../../shared/domain/interview.js";
import { resolvePlannerSettings } from "../../shared/domain/planner-settings.js";
import type { Step } from "../../shared/domain/step.js";

export const STORED_INTERVIEW_ID = "01KQ8Z3M4N5P6R7S8T9V0W1X2Y";
export const STORED_INTERVIEW_OWNER = "auth0|cara";

/** A scheduled thank-you step as the store holds it; `n` names it (`s<n>`) and its schedule. */
export function storedStep(n: number, overrides: Partial<Step> = {}): Step {
  return {
    id: `s${n}`,
    kind: "thank_you",
    channel: "email",
    to: { name: "Ann Lee", email: "ann@acme.test" },
    sendAt: "2026-11-24T09:30:00-05:00",
    timezone: "America/New_York",
    phase: "chain",
    rule: "thank-you.next-business-morning",
    why: "Thank-you on Tuesday.",
    status: "scheduled",
    scheduleName: `fu-${STORED_INTERVIEW_ID}-s${n}`,
    updatedAt: "2026-11-23T20:00:00.000Z",
    ...overrides,
  };
}

/** An active interview at version 1 with two stored steps (a thank-you and a handwritten note). */
export function storedInterview(overrides: Partial<Interview> = {}): Interview {
  return {
    id: STORED_INTERVIEW_ID,
    owner: STORED_INTERVIEW_OWNER,
    status: "active",
    company: "Acme Corp",
    role: "Staff Engineer",
    round: "onsite",
    applicationKey: "acme-corp--staff-engineer",
    interviewedAt: "2026-11-23T10:00:00-05:00",
    timezone: "America/New_York",
    country: "US",
    candidate: { name: "Cara Diaz", email: "cara@example.com" },
    interviewers: [{ name: "Ann Lee", email: "ann@acme.test" }],
    mode: "send",
    cadence: "standard",
    settings: resolvePlannerSettings(),
    steps: [storedStep(1), storedStep(2, { kind: "handwritten_note" })],
    events: [{ at: "2026-11-23T20:00:00.000Z", type: "interview.registered" }],
    createdAt: "2026-11-23T20:00:00.000Z",
    updatedAt: "2026-11-23T20:00:00.000Z",
    version: 1,
    ...overrides,
  };
}
