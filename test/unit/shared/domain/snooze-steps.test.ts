import { beforeAll, describe, expect, it } from "vitest";
import type { Interview } from "../../../../shared/domain/interview.js";
import { SNOOZE_DAYS, snoozeSteps } from "../../../../shared/domain/snooze-steps.js";
import type { Step, StepStatus } from "../../../../shared/domain/step.js";
import { SNOOZE_WORDS } from "../../../../shared/mail/chain-timeline-words.js";
import { createInterview } from "../../../../shared/use-cases/create-interview.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { interviewDetails, testDeps } from "../../../support/test-deps.js";

useFixedSystemTime();

const AT = "2026-10-01T12:00:00.000Z";
let base: Interview;
let template: Step;

beforeAll(async () => {
  base = await createInterview(testDeps(), { owner: "user-1", details: interviewDetails() });
  template = base.steps[0] as Step;
});

/** The registered interview (US holidays, Mon-Fri 09:00-17:00, preferred 09:30) with these steps only. */
function withSteps(...steps: { sendAt: string; timezone?: string; status?: StepStatus }[]): Interview {
  return {
    ...base,
    steps: steps.map((s, i) => ({
      ...template,
      id: `s${i + 1}`,
      sendAt: s.sendAt,
      timezone: s.timezone ?? "America/New_York",
      status: s.status ?? "scheduled",
    })),
  };
}

const sendAts = (interview: Interview) => interview.steps.map((s) => s.sendAt);

describe("snoozeSteps", () => {
  it("moves a step a week later at the same local time", () => {
    const { interview, moved } = snoozeSteps(
      withSteps({ sendAt: "2026-12-01T09:30:00-05:00" }),
      AT,
      SNOOZE_DAYS,
      SNOOZE_WORDS,
    );
    expect(SNOOZE_DAYS).toBe(7);
    expect(sendAts(interview)).toEqual(["2026-12-08T09:30:00-05:00"]);
    expect(moved.map((s) => s.id)).toEqual(["s1"]);
    // Unscheduled until the caller has moved its schedule, so a failed move is the reconciler's to redo.
    expect(interview.steps[0]).toMatchObject({ status: "unscheduled", updatedAt: AT });
    expect(moved[0]?.status).toBe("unscheduled");
  });

  it("skips a public holiday: a week after the Thursday before Thanksgiving is the Friday", () => {
    const { interview } = snoozeSteps(
      withSteps({ sendAt: "2026-11-19T09:30:00-05:00" }),
      AT,
      SNOOZE_DAYS,
      SNOOZE_WORDS,
    );
    expect(sendAts(interview)).toEqual(["2026-11-27T09:30:00-05:00"]);
  });

  it("skips a weekend, to the preferred time of the next business day", () => {
    const { interview } = snoozeSteps(
      withSteps({ sendAt: "2026-12-05T11:00:00-05:00" }),
      AT,
      SNOOZE_DAYS,
      SNOOZE_WORDS,
    );
    expect(sendAts(interview)).toEqual(["2026-12-14T09:30:00-05:00"]);
  });

  it("keeps the local time across a DST change, in each step's own zone", () => {
    const { interview } = snoozeSteps(
      withSteps(
        // New York leaves DST on 1 November 2026, Berlin on 25 October.
        { sendAt: "2026-10-28T09:30:00-04:00" },
        { sendAt: "2026-10-20T10:15:00+02:00", timezone: "Europe/Berlin" },
      ),
      AT,
      SNOOZE_DAYS,
      SNOOZE_WORDS,
    );
    expect(sendAts(interview)).toEqual(["2026-11-04T09:30:00-05:00", "2026-10-27T10:15:00+01:00"]);
  });

  it("keeps each step in the send window", () => {
    const { interview } = snoozeSteps(
      withSteps(
        // Late but inside the window: stays at that time a week later.
        { sendAt: "2026-12-04T16:45:00-05:00" },
        // After the window closes (a step moved there by hand): the next morning instead.
        { sendAt: "2026-12-07T17:30:00-05:00" },
        // Before it opens: the preferred time that day.
        { sendAt: "2026-12-08T07:00:00-05:00" },
      ),
      AT,
      SNOOZE_DAYS,
      SNOOZE_WORDS,
    );
    expect(sendAts(interview)).toEqual([
      "2026-12-11T16:45:00-05:00",
      "2026-12-15T09:30:00-05:00",
      "2026-12-15T09:30:00-05:00",
    ]);
  });

  it("moves only pending steps, and an overdue one a week from now rather than into the past", () => {
    const { interview, moved } = snoozeSteps(
      withSteps(
        { sendAt: "2026-09-15T09:30:00-04:00", status: "sent" },
        { sendAt: "2026-09-16T09:30:00-04:00", status: "cancelled" },
        { sendAt: "2026-09-17T09:30:00-04:00", status: "unknown" },
        { sendAt: "2026-09-29T09:30:00-04:00", status: "unscheduled" },
        { sendAt: "2026-10-02T09:30:00-04:00", status: "sending" },
      ),
      AT,
      SNOOZE_DAYS,
      SNOOZE_WORDS,
    );
    expect(sendAts(interview)).toEqual([
      "2026-09-15T09:30:00-04:00",
      "2026-09-16T09:30:00-04:00",
      "2026-09-17T09:30:00-04:00",
      // AT is Thursday 1 October 08:00 in New York: a week later is Thursday 8 October, at 09:30.
      "2026-10-08T09:30:00-04:00",
      "2026-10-02T09:30:00-04:00",
    ]);
    expect(moved.map((s) => s.id)).toEqual(["s4"]);
    expect(interview.steps[3]?.status).toBe("unscheduled");
  });

  it("moves by another number of days when asked, and changes nothing else of the chain", () => {
    const before = withSteps({ sendAt: "2026-12-01T09:30:00-05:00" });
    const { interview } = snoozeSteps(before, AT, 1, SNOOZE_WORDS);
    expect(sendAts(interview)).toEqual(["2026-12-02T09:30:00-05:00"]);
    expect({ ...interview, steps: [], updatedAt: "" }).toEqual({ ...before, steps: [], updatedAt: "" });
    expect(sendAts(before)).toEqual(["2026-12-01T09:30:00-05:00"]);
  });

  it("cancels a pre-decision nudge it would take to or past the decision date, and moves it when it stays before", () => {
    // The registered chain's nudge goes Tuesday 1 Dec, before the decision of Friday 4 Dec.
    const nudge = base.steps.find((s) => s.kind === "pre_decision_nudge");
    expect([nudge?.sendAt, base.decisionExpectedBy]).toEqual(["2026-12-01T09:30:00-05:00", "2026-12-04"]);

    const week = snoozeSteps(base, AT, SNOOZE_DAYS, SNOOZE_WORDS);
    expect(week.interview.steps.find((s) => s.id === nudge?.id)).toMatchObject({
      status: "cancelled",
      sendAt: nudge?.sendAt,
      reason: SNOOZE_WORDS.pastDecision,
      updatedAt: AT,
    });
    expect(week.cancelled.map((s) => s.id)).toEqual([nudge?.id]);
    expect(week.moved.map((s) => s.id)).not.toContain(nudge?.id);

    // Three days: Friday 4 Dec itself, the decision day: cancelled too. Two days: Thursday 3 Dec, moved.
    expect(snoozeSteps(base, AT, 3, SNOOZE_WORDS).cancelled.map((s) => s.id)).toEqual([nudge?.id]);
    const twoDays = snoozeSteps(base, AT, 2, SNOOZE_WORDS);
    expect(twoDays.cancelled).toEqual([]);
    expect(twoDays.moved.find((s) => s.id === nudge?.id)?.sendAt).toBe("2026-12-03T09:30:00-05:00");
  });

  it("says in a moved step's why where the snooze took it, once however many snoozes", () => {
    const planned = base.steps[0]?.why ?? "";
    const once = snoozeSteps(base, AT, SNOOZE_DAYS, SNOOZE_WORDS).interview;
    const twice = snoozeSteps(once, AT, 2, SNOOZE_WORDS).interview;
    expect(once.steps[0]?.why).toMatch(/ Snoozed to \w+ \d+ \w+ 2026 at 09:30 \(7 days later\)\.$/);
    expect(once.steps[0]?.why.startsWith(planned)).toBe(true);
    expect(twice.steps[0]?.why).toMatch(/ \(2 days later\)\.$/);
    expect(twice.steps[0]?.why.split(" Snoozed to ")).toHaveLength(2);
  });
});
