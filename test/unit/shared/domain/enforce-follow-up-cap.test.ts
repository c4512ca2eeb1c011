import { describe, expect, it } from "vitest";
import { addPlannedSteps } from "../../../../shared/domain/add-planned-steps.js";
import { enforceFollowUpCap } from "../../../../shared/domain/enforce-follow-up-cap.js";
import type { Interview } from "../../../../shared/domain/interview.js";
import { planChain } from "../../../../shared/domain/plan-chain.js";
import type { Step } from "../../../../shared/domain/step.js";
import { planWords } from "../../../../shared/mail/plan-words.js";
import { FIXED_NOW } from "../../../support/fixed-clock.js";
import { interviewDetails } from "../../../support/test-deps.js";

const AT = FIXED_NOW.toISOString();

/** A stored chain as createInterview would make it, with `edit` applied to its steps. */
function chain(overrides: Record<string, unknown> = {}, edit: (s: Step) => Step = (s) => s): Interview {
  const details = interviewDetails(overrides);
  const blank: Interview = {
    ...details,
    id: "01KQ8Z3M4N5P6R7S8T9V0W1X2Y",
    owner: "user-1",
    status: "active",
    steps: [],
    events: [],
    createdAt: AT,
    updatedAt: AT,
    version: 1,
  };
  const planned = addPlannedSteps(blank, planChain({ words: planWords, details, now: FIXED_NOW }), AT);
  return { ...planned, steps: planned.steps.map((s) => edit({ ...s, status: "scheduled" })) };
}

const toRita = (i: Interview) => i.steps.filter((s) => s.contact?.email === "rita@acme.test");

describe("enforceFollowUpCap", () => {
  it("changes nothing in a fresh chain within the cap", () => {
    const interview = chain();
    const out = enforceFollowUpCap(interview, {}, AT, planWords);
    expect(out).toEqual({ interview, moved: [], cancelled: [] });
  });

  it("cancels the latest pending follow-ups beyond what earlier rounds and this round's sends leave", () => {
    // Default chain: nudge s3 (1 Dec), check-in s4 (8 Dec), weekly s5 (15 Dec); the nudge went out.
    const interview = chain({}, (s) =>
      s.id === "s3" ? { ...s, status: "sent", sentAt: s.sendAt, sesMessageId: "ses-3" } : s,
    );

    const out = enforceFollowUpCap(interview, { "rita@acme.test": 1 }, AT, planWords);

    expect(out.cancelled.map((s) => [s.id, s.status, s.reason])).toEqual([
      ["s5", "cancelled", planWords.overCap],
    ]);
    expect(toRita(out.interview).map((s) => [s.id, s.status])).toEqual([
      ["s3", "sent"],
      ["s4", "scheduled"],
      ["s5", "cancelled"],
    ]);
    expect(out.moved).toEqual([]);
  });

  it("cancels every pending follow-up when the cap is already spent, and matches contacts case-blind", () => {
    const out = enforceFollowUpCap(chain(), { "Rita@Acme.test": 3 }, AT, planWords);
    expect(out.cancelled.map((s) => s.id)).toEqual(["s3", "s4", "s5"]);
    expect(out.interview.steps.filter((s) => s.kind === "thank_you")[0]?.status).toBe("scheduled");
  });

  it("moves a follow-up planned too soon after a sent one into a later send slot, and the next after it", () => {
    // Without a decision date: check-in s3 on 1 Dec, weekly s4 on 8 Dec and s5 on 15 Dec. A nudge from
    // before the decision date was dropped went out on 1 Dec, the same minute as the check-in.
    const interview = chain({ decisionExpectedBy: undefined });
    const nudge: Step = {
      ...(interview.steps.find((s) => s.kind === "recruiter_check_in") as Step),
      id: "s9",
      kind: "pre_decision_nudge",
      status: "sent",
      sendAt: "2026-12-01T09:30:00-05:00",
      sentAt: "2026-12-01T14:30:00.000Z",
    };

    const out = enforceFollowUpCap({ ...interview, steps: [...interview.steps, nudge] }, {}, AT, planWords);

    expect(toRita(out.interview).map((s) => [s.id, s.kind, s.sendAt, s.status])).toEqual([
      ["s3", "recruiter_check_in", "2026-12-08T09:30:00-05:00", "unscheduled"],
      ["s4", "weekly_check_in", "2026-12-15T09:30:00-05:00", "unscheduled"],
      ["s5", "weekly_check_in", "2026-12-15T09:30:00-05:00", "cancelled"],
      ["s9", "pre_decision_nudge", "2026-12-01T09:30:00-05:00", "sent"],
    ]);
    expect(out.moved.map((s) => s.id)).toEqual(["s3", "s4"]);
    expect(out.moved[0]?.why).toContain("5 business days after the previous follow-up to Rita Ruiz");
    expect(out.moved[0]?.why).toContain("unanswered follow-up 2 of at most 3");
    expect(out.cancelled.map((s) => s.id)).toEqual(["s5"]);
  });

  it("does not count a nudge it cancels as too close toward the cap", () => {
    // Default chain: nudge s3 (1 Dec), check-in s4 (8 Dec), weekly s5 (15 Dec), decision by Friday 4 Dec. A
    // check-in after the interview went out on Monday 30 Nov: the nudge would have to wait until 7 Dec, past
    // the decision date, so it is cancelled, and it leaves its place under the cap (3) to the weekly one.
    const interview = chain();
    const sent: Step = {
      ...(interview.steps.find((s) => s.kind === "recruiter_check_in") as Step),
      id: "s9",
      status: "sent",
      sendAt: "2026-11-30T09:30:00-05:00",
      sentAt: "2026-11-30T14:30:00.000Z",
    };

    const out = enforceFollowUpCap({ ...interview, steps: [...interview.steps, sent] }, {}, AT, planWords);

    expect(toRita(out.interview).map((s) => [s.id, s.status, s.reason])).toEqual([
      ["s3", "cancelled", planWords.tooClose],
      ["s4", "scheduled", undefined],
      ["s5", "scheduled", undefined],
      ["s9", "sent", undefined],
    ]);
    expect(out.cancelled.map((s) => s.id)).toEqual(["s3"]);
    expect(toRita(out.interview)[2]?.why).toContain("unanswered follow-up 3 of at most 3");
  });

  it("counts business days, skipping a public holiday, when it keeps a follow-up clear of a sent one", () => {
    // Sent Monday 23 Nov: five business days later is Tuesday 1 Dec, as Thursday 26 is Thanksgiving, so a
    // check-in on Monday 30 Nov moves a day.
    const interview = chain(
      { decisionExpectedBy: undefined, settings: { maxUnansweredFollowUps: 2 } },
      (s) => (s.kind === "recruiter_check_in" ? { ...s, sendAt: "2026-11-30T09:30:00-05:00" } : s),
    );
    const sent: Step = {
      ...(interview.steps.find((s) => s.kind === "recruiter_check_in") as Step),
      id: "s9",
      status: "sent",
      sendAt: "2026-11-23T09:30:00-05:00",
      sentAt: "2026-11-23T14:30:00.000Z",
    };

    const out = enforceFollowUpCap({ ...interview, steps: [...interview.steps, sent] }, {}, AT, planWords);

    expect(out.moved.map((s) => [s.kind, s.sendAt])).toEqual([
      ["recruiter_check_in", "2026-12-01T09:30:00-05:00"],
    ]);
    expect(out.cancelled.map((s) => s.kind)).toEqual(["weekly_check_in"]);
  });
});
