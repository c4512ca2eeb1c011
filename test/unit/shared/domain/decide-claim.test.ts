import { beforeAll, describe, expect, it } from "vitest";
import { type ClaimDecision, decideClaim, STALE_CLAIM_MS } from "../../../../shared/domain/decide-claim.js";
import type { Interview } from "../../../../shared/domain/interview.js";
import type { Step } from "../../../../shared/domain/step.js";
import { claimWords } from "../../../../shared/mail/claim-words.js";
import { createInterview } from "../../../../shared/use-cases/create-interview.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { interviewDetails, testDeps } from "../../../support/test-deps.js";

useFixedSystemTime();

let base: Interview;
let recruiterStep: Step;
let thankYou: Step;

beforeAll(async () => {
  base = await createInterview(testDeps(), { owner: "user-1", details: interviewDetails() });
  recruiterStep = base.steps.find((s) => s.kind === "recruiter_check_in") as Step;
  thankYou = base.steps.find((s) => s.kind === "thank_you") as Step;
});

/** Saturday 19 December 2026, 18:00 in New York: outside the window; the next slot is Monday 09:30. */
const SATURDAY_EVENING = new Date("2026-12-19T23:00:00.000Z");
const MONDAY_SLOT = "2026-12-21T09:30:00-05:00";

/** The registered interview (US, Mon-Fri 09:00-17:00, preferred 09:30) with only these steps. */
function withSteps(...steps: (Partial<Step> & Pick<Step, "id" | "sendAt">)[]): Interview {
  return {
    ...base,
    steps: steps.map((s) => ({ ...recruiterStep, status: "scheduled" as const, ...s })),
  };
}

/** Applies a decision the way the sender does (a sent email stands for a claim), answering the next state. */
function apply(interview: Interview, stepId: string, d: ClaimDecision): Interview {
  const change: Partial<Step> | undefined =
    d.action === "move"
      ? { sendAt: d.sendAt, status: "scheduled" }
      : d.action === "skip"
        ? { status: "skipped" }
        : d.action === "claim"
          ? { status: "sent" }
          : undefined;
  if (!change) return interview;
  return { ...interview, steps: interview.steps.map((s) => (s.id === stepId ? { ...s, ...change } : s)) };
}

/** Fires the steps in this order at `now`, answering the chain afterwards and what each firing decided. */
function fire(interview: Interview, ids: string[], now: Date) {
  let current = interview;
  const actions: string[] = [];
  for (const id of ids) {
    const d = decideClaim(current, id, now, claimWords);
    actions.push(d.action);
    current = apply(current, id, d);
  }
  return { interview: current, actions };
}

describe("decideClaim: follow-ups to one contact that fire late together", () => {
  it("skips, rather than moves, a follow-up fired out of hours when a later one was already moved to the new slot", () => {
    // The weekly check-in fired first and was moved to Monday 09:30; now the earlier check-in fires.
    const interview = withSteps(
      { id: "s4", sendAt: "2026-12-08T09:30:00-05:00" },
      { id: "s5", kind: "weekly_check_in", sendAt: MONDAY_SLOT },
    );

    expect(decideClaim(interview, "s4", SATURDAY_EVENING, claimWords)).toEqual({
      action: "skip",
      step: interview.steps[0],
      reason: "a later follow-up to rita@acme.test (s5) goes by then; only that one goes",
    });
  });

  it("lets an earlier follow-up whose schedule never fires not hold a later one back", () => {
    // s3 is still `scheduled` long past its time (its sender failed into the DLQ): s5 moves, and goes.
    const interview = withSteps(
      { id: "s3", kind: "pre_decision_nudge", sendAt: "2026-12-01T09:30:00-05:00" },
      { id: "s5", kind: "weekly_check_in", sendAt: "2026-12-15T09:30:00-05:00" },
    );

    const saturday = fire(interview, ["s5"], SATURDAY_EVENING);
    expect(saturday.actions).toEqual(["move"]);
    expect(fire(saturday.interview, ["s5"], new Date(MONDAY_SLOT)).actions).toEqual(["claim"]);
  });

  it.each([
    ["latest first", ["s5", "s4", "s3"]],
    ["oldest first", ["s3", "s4", "s5"]],
    ["mixed", ["s4", "s5", "s3"]],
  ])("sends exactly one of them on Monday, whatever the firing order (%s)", (_, order) => {
    const interview = withSteps(
      { id: "s3", kind: "pre_decision_nudge", sendAt: "2026-12-01T09:30:00-05:00" },
      { id: "s4", sendAt: "2026-12-08T09:30:00-05:00" },
      { id: "s5", kind: "weekly_check_in", sendAt: "2026-12-15T09:30:00-05:00" },
    );

    const saturday = fire(interview, order, SATURDAY_EVENING);
    expect(saturday.actions.filter((a) => a === "move")).toHaveLength(1);
    // The latest one is kept, whatever the order.
    const moved = saturday.interview.steps.filter((s) => s.status === "scheduled");
    expect(moved.map((s) => [s.id, s.sendAt])).toEqual([["s5", MONDAY_SLOT]]);

    // Monday: the moved one's new schedule fires (and any stray retry of the others finds them settled).
    const monday = fire(saturday.interview, ["s3", "s4", "s5"], new Date(MONDAY_SLOT));
    expect(monday.actions.filter((a) => a === "claim")).toHaveLength(1);
  });

  it("breaks a tie of two follow-ups due at the same time by step number: only the later-numbered one goes", () => {
    const at = "2026-12-15T09:30:00-05:00";
    const interview = withSteps({ id: "s4", sendAt: at }, { id: "s5", kind: "weekly_check_in", sendAt: at });

    for (const order of [
      ["s4", "s5"],
      ["s5", "s4"],
    ]) {
      const { interview: after, actions } = fire(interview, order, new Date(at));
      expect(actions.filter((a) => a === "claim")).toHaveLength(1);
      expect(after.steps.map((s) => s.status)).toEqual(["skipped", "sent"]);
    }
  });

  it("skips an earlier follow-up fired in hours after a later one already went (the backlog fired latest first)", () => {
    const now = new Date("2026-12-15T10:00:00-05:00");
    const interview = withSteps(
      { id: "s4", sendAt: "2026-12-08T09:30:00-05:00" },
      { id: "s5", kind: "weekly_check_in", sendAt: "2026-12-15T09:30:00-05:00" },
    );

    const { interview: after, actions } = fire(interview, ["s5", "s4"], now);

    expect(actions).toEqual(["claim", "skip"]);
    expect(
      decideClaim(apply(interview, "s5", { action: "claim", step: recruiterStep }), "s4", now, claimWords),
    ).toMatchObject({
      reason: "a later follow-up to rita@acme.test (s5) already went",
    });
    expect(after.steps.map((s) => s.status)).toEqual(["skipped", "sent"]);
  });

  it("still moves a follow-up when what is pending before the slot is for someone else or not a follow-up", () => {
    const interview = withSteps(
      { id: "s1", ...pick(thankYou), sendAt: "2026-12-18T09:30:00-05:00" },
      { id: "s4", sendAt: "2026-12-18T09:30:00-05:00", to: { name: "Ann Lee", email: "ann@acme.test" } },
      { id: "s5", kind: "weekly_check_in", sendAt: "2026-12-15T09:30:00-05:00" },
      { id: "s6", sendAt: "2026-12-17T09:30:00-05:00", phase: "after_reply" },
    );

    expect(decideClaim(interview, "s5", SATURDAY_EVENING, claimWords)).toMatchObject({
      action: "move",
      sendAt: MONDAY_SLOT,
    });
  });

  it("still moves a follow-up whose only rival comes after the new slot", () => {
    const interview = withSteps(
      { id: "s4", sendAt: "2026-12-15T09:30:00-05:00" },
      { id: "s5", kind: "weekly_check_in", sendAt: "2026-12-22T09:30:00-05:00" },
    );

    expect(decideClaim(interview, "s4", SATURDAY_EVENING, claimWords)).toMatchObject({
      action: "move",
      sendAt: MONDAY_SLOT,
    });
  });
});

describe("decideClaim: a step whose schedule is being moved (`unscheduled`)", () => {
  it("claims it when it is due", () => {
    const at = "2026-12-15T09:30:00-05:00";
    const interview = withSteps({ id: "s4", sendAt: at, status: "unscheduled" });
    expect(decideClaim(interview, "s4", new Date(at), claimWords).action).toBe("claim");
  });

  it("schedules a `scheduled` step again when its schedule fires well before it: that schedule is deleting itself", () => {
    const interview = withSteps({ id: "s4", sendAt: MONDAY_SLOT, status: "scheduled" });
    expect(decideClaim(interview, "s4", SATURDAY_EVENING, claimWords)).toMatchObject({
      action: "reschedule",
      step: { id: "s4" },
      reason: `not due until ${MONDAY_SLOT}`,
    });
  });

  it("ignores the old schedule firing before the new time, so a moved step is never sent early", () => {
    const interview = withSteps({ id: "s4", sendAt: MONDAY_SLOT, status: "unscheduled" });
    expect(decideClaim(interview, "s4", SATURDAY_EVENING, claimWords)).toEqual({
      action: "ignore",
      reason: `not due until ${MONDAY_SLOT}`,
    });
  });
});

function pick(step: Step): Partial<Step> {
  const { kind, channel, to, contact, phase, rule, why } = step;
  return { kind, channel, to, ...(contact ? { contact } : {}), phase, rule, why };
}

describe("decideClaim: a stale claim (its sender died mid-send)", () => {
  const claimedAt = "2026-11-24T14:00:00.000Z";
  const later = new Date(Date.parse(claimedAt) + STALE_CLAIM_MS + 60_000);

  function staleReminder(status: Interview["status"]): { interview: Interview; reminder: Step } {
    const reminder = base.steps.find((s) => s.channel === "reminder") as Step;
    const interview: Interview = {
      ...base,
      status,
      steps: base.steps.map((s) =>
        s.id === reminder.id ? { ...s, status: "sending", claimedAt, updatedAt: claimedAt } : s,
      ),
    };
    return { interview, reminder };
  }

  it("sends a reminder to the candidate again while the chain is active", () => {
    const { interview, reminder } = staleReminder("active");
    expect(decideClaim(interview, reminder.id, later, claimWords).action).toBe("reclaim");
  });

  it("never sends a reminder again once the chain was stopped while it was in flight: delivery unknown", () => {
    const { interview, reminder } = staleReminder("stopped");
    expect(decideClaim(interview, reminder.id, later, claimWords).action).toBe("mark_unknown");
  });
});
