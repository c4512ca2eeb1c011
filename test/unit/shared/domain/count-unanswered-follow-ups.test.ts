import { describe, expect, it } from "vitest";
import { countUnansweredFollowUps } from "../../../../shared/domain/count-unanswered-follow-ups.js";
import type { Interview, InterviewStatus } from "../../../../shared/domain/interview.js";
import { resolvePlannerSettings } from "../../../../shared/domain/planner-settings.js";
import type { Step, StepKind, StepStatus } from "../../../../shared/domain/step.js";

let n = 0;
function followUp(email: string, status: StepStatus, kind: StepKind = "recruiter_check_in"): Step {
  n += 1;
  return {
    id: `s${n}`,
    kind,
    channel: "email",
    to: { name: "Rita", email },
    contact: { name: "Rita", email, role: "recruiter" },
    sendAt: "2026-11-30T09:30:00-05:00",
    timezone: "America/New_York",
    phase: "chain",
    rule: "check-in",
    why: "",
    status,
    scheduleName: `fu-${n}`,
    updatedAt: "2026-11-30T14:30:00.000Z",
  };
}

function interview(
  id: string,
  application: string,
  interviewedAt: string,
  steps: Step[],
  status: InterviewStatus = "active",
): Interview {
  return {
    id,
    owner: "user-1",
    status,
    company: "Acme",
    role: "Engineer",
    round: "onsite",
    applicationKey: application,
    interviewedAt,
    timezone: "America/New_York",
    country: "US",
    candidate: { name: "Cara", email: "cara@example.com" },
    interviewers: [{ name: "Ann", email: "ann@acme.test" }],
    recruiter: { name: "Rita", email: "rita@acme.test" },
    mode: "send",
    cadence: "standard",
    settings: resolvePlannerSettings(),
    steps,
    events: [],
    createdAt: interviewedAt,
    updatedAt: interviewedAt,
    version: 1,
  };
}

describe("countUnansweredFollowUps", () => {
  it("counts follow-ups other applications sent to the same address (a new applicationId per interview does not reset the cap)", () => {
    const a = interview("i1", "app-1", "2026-11-01T10:00:00Z", [followUp("rita@acme.test", "sent")]);
    const b = interview("i2", "app-2", "2026-11-05T10:00:00Z", [
      followUp("Rita@Acme.test", "sent"),
      followUp("rita@acme.test", "unknown", "weekly_check_in"),
      followUp("rita@acme.test", "cancelled", "weekly_check_in"),
    ]);

    expect(countUnansweredFollowUps([], [a, b])).toEqual({ "rita@acme.test": 3 });
    // Without the interviews reaching the address, only the application's own rounds count: none.
    expect(countUnansweredFollowUps([])).toEqual({});
  });

  it("restarts an address's count after the latest interview reaching it that was answered", () => {
    const before = interview("i1", "app-1", "2026-11-01T10:00:00Z", [followUp("rita@acme.test", "sent")]);
    const replied = interview(
      "i2",
      "app-2",
      "2026-11-05T10:00:00Z",
      [followUp("rita@acme.test", "sent")],
      "replied",
    );
    const after = interview("i3", "app-3", "2026-11-10T10:00:00Z", [followUp("rita@acme.test", "sent")]);

    expect(countUnansweredFollowUps([], [after, replied, before])).toEqual({ "rita@acme.test": 1 });
  });

  it("takes the larger of the application's count and the address's count, never their sum", () => {
    const round = interview("i1", "app-1", "2026-11-01T10:00:00Z", [
      followUp("rita@acme.test", "sent"),
      followUp("rita@acme.test", "sent", "weekly_check_in"),
    ]);
    const other = interview("i2", "app-2", "2026-11-05T10:00:00Z", [followUp("ben@beta.test", "sent")]);

    // The same round passed both ways (it reaches the address too) is counted once.
    expect(countUnansweredFollowUps([round], [round, other])).toEqual({
      "rita@acme.test": 2,
      "ben@beta.test": 1,
    });
  });
});
