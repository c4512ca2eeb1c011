import { describe, expect, it } from "vitest";
import { decideClaim } from "../../../../shared/domain/decide-claim.js";
import { deferStepsToAddress } from "../../../../shared/domain/defer-steps-to-address.js";
import type { Interview, InterviewDetails } from "../../../../shared/domain/interview.js";
import { planChain } from "../../../../shared/domain/plan-chain.js";
import { resolvePlannerSettings } from "../../../../shared/domain/planner-settings.js";
import {
  recipientCalendar,
  stepCalendar,
  stepRecipient,
  stepSendWindow,
} from "../../../../shared/domain/recipient-calendar.js";
import { SNOOZE_DAYS, snoozeSteps } from "../../../../shared/domain/snooze-steps.js";
import type { Step } from "../../../../shared/domain/step.js";
import { SNOOZE_WORDS } from "../../../../shared/mail/chain-timeline-words.js";
import { claimWords } from "../../../../shared/mail/claim-words.js";
import { DEFER_WORDS } from "../../../../shared/mail/inbound-timeline-words.js";
import { planWords } from "../../../../shared/mail/plan-words.js";

const ANN = { name: "Ann Lee", email: "ann@acme.test", timezone: "Asia/Jerusalem", country: "IL" };
const BO = { name: "Bo Berg", email: "bo@acme.test" };
const RITA = { name: "Rita Ruiz", email: "Rita@acme.test", timezone: "Asia/Riyadh", country: "SA" };
const REF = { name: "Ray Reed", email: "ray@friends.test", timezone: "Asia/Tehran", country: "IR" };

function details(overrides: Partial<InterviewDetails> = {}): InterviewDetails {
  return {
    company: "Acme Corp",
    role: "Staff Engineer",
    round: "onsite",
    applicationKey: "acme-corp--staff-engineer",
    interviewedAt: "2026-11-19T14:00:00+01:00", // Thursday, in Berlin
    timezone: "Europe/Berlin",
    country: "DE",
    candidate: { name: "Cara Diaz", email: "cara@example.com" },
    interviewers: [ANN, BO],
    recruiter: RITA,
    referrer: REF,
    decisionExpectedBy: "2026-12-03",
    mode: "send",
    cadence: "standard",
    settings: resolvePlannerSettings(),
    ...overrides,
  };
}

/** The chain as it is stored: every planned step scheduled. */
function stored(d: InterviewDetails): Interview {
  const now = new Date(Date.parse(d.interviewedAt) + 3 * 3_600_000).toISOString();
  const steps: Step[] = planChain({ words: planWords, details: d, now: new Date(now) }).map((s, i) => ({
    ...s,
    id: `s${i + 1}`,
    status: "scheduled",
    scheduleName: `sched-s${i + 1}`,
    updatedAt: now,
  }));
  return {
    ...d,
    id: "i-1",
    owner: "user-1",
    status: "active",
    steps,
    events: [],
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
}

const stepTo = (interview: Interview, email: string, kind: Step["kind"]) => {
  const step = interview.steps.find(
    (s) => s.kind === kind && s.to.email.toLowerCase() === email.toLowerCase(),
  );
  expect(step, `${kind} to ${email}`).toBeDefined();
  return step as Step;
};

describe("recipientCalendar", () => {
  const source = { country: "DE", region: "SN", settings: resolvePlannerSettings() };

  it("is the interview's country and region for the candidate and for a contact with no country", () => {
    for (const cal of [recipientCalendar(source), recipientCalendar(source, {})]) {
      expect(cal.country).toBe("DE");
      expect(cal.holidayOn("2026-11-18")).toBe("Day of Prayer and Repentance"); // Saxony only
    }
  });

  it("keeps the region for a contact in the interview's own country", () => {
    expect(recipientCalendar(source, { country: "de" }).holidayOn("2026-11-18")).toBe(
      "Day of Prayer and Repentance",
    );
  });

  it("is the contact's country, nationally, for a contact abroad", () => {
    const il = recipientCalendar(source, { country: "IL" });
    expect(il.country).toBe("IL");
    expect(il.countryWeekend).toEqual([5, 6]);
    expect(il.holidayOn("2026-11-18")).toBeUndefined();
  });
});

describe("stepRecipient", () => {
  const interview = stored(details());

  it("finds the contact an email goes to, by role and case-insensitive address", () => {
    expect(stepRecipient(interview, stepTo(interview, ANN.email, "thank_you"))).toEqual(ANN);
    expect(stepRecipient(interview, stepTo(interview, RITA.email, "recruiter_check_in"))).toEqual(RITA);
    expect(stepRecipient(interview, stepTo(interview, REF.email, "referrer_update"))).toEqual(REF);
  });

  it("is nobody for a reminder, which goes to the candidate", () => {
    const reminders = stored(details({ mode: "remind" }));
    expect(stepRecipient(reminders, stepTo(reminders, "cara@example.com", "thank_you"))).toBeUndefined();
  });

  it("is nobody for a contact no longer listed, so the interview's calendar applies", () => {
    const step = stepTo(interview, ANN.email, "thank_you");
    const without = { ...interview, interviewers: [BO] };
    expect(stepRecipient(without, step)).toBeUndefined();
    expect(stepCalendar(without, step).country).toBe("DE");
  });
});

describe("the sender uses the planner's calendar for each step's recipient", () => {
  it.each([
    ["send", details()],
    ["remind", details({ mode: "remind" })],
    [
      "send, from Israel",
      details({
        country: "IL",
        timezone: "Asia/Jerusalem",
        interviewedAt: "2026-11-19T14:00:00+02:00",
        interviewers: [
          { ...ANN, country: undefined },
          { ...BO, country: "DE", timezone: "Europe/Berlin" },
        ],
      }),
    ],
    [
      "send, Monday-Friday set by the candidate",
      details({
        settings: resolvePlannerSettings("standard", {
          sendWindow: { start: "09:00", end: "17:00", days: [1, 2, 3, 4, 5] },
        }),
      }),
    ],
  ])("%s: every planned step is claimed, not moved, at its own time", (_, d) => {
    const interview = stored(d);
    expect(interview.steps.length).toBeGreaterThan(4);
    for (const step of interview.steps) {
      const decision = decideClaim(interview, step.id, new Date(step.sendAt), claimWords);
      expect([step.kind, step.to.email, step.sendAt, decision.action]).toEqual([
        step.kind,
        step.to.email,
        step.sendAt,
        "claim",
      ]);
    }
  });

  it("an email to Israel planned on a Sunday goes; the candidate's reminder that Sunday moves to Monday", () => {
    const interview = stored(details());
    const toAnn = stepTo(interview, ANN.email, "thank_you");
    expect(toAnn.sendAt).toBe("2026-11-22T09:30:00+02:00");
    expect(decideClaim(interview, toAnn.id, new Date(toAnn.sendAt), claimWords).action).toBe("claim");

    const note = stepTo(interview, "cara@example.com", "handwritten_note");
    const onSunday = {
      ...interview,
      steps: interview.steps.map((s) =>
        s.id === note.id ? { ...s, sendAt: "2026-11-22T09:30:00+01:00" } : s,
      ),
    };
    expect(decideClaim(onSunday, note.id, new Date("2026-11-22T09:30:00+01:00"), claimWords)).toEqual({
      action: "move",
      step: { ...note, sendAt: "2026-11-22T09:30:00+01:00" },
      sendAt: "2026-11-23T09:30:00+01:00",
    });
  });

  it("an email to Israel that fires on a Friday moves to Sunday, not Monday", () => {
    const interview = stored(details());
    const toAnn = stepTo(interview, ANN.email, "thank_you");
    const friday = new Date("2026-11-20T10:00:00+02:00");
    const late = {
      ...interview,
      steps: interview.steps.map((s) =>
        s.id === toAnn.id ? { ...s, sendAt: "2026-11-20T10:00:00+02:00" } : s,
      ),
    };
    const decision = decideClaim(late, toAnn.id, friday, claimWords);
    expect(decision.action === "move" ? decision.sendAt : decision.action).toBe("2026-11-22T09:30:00+02:00");
  });
});

describe("moving a step keeps to its recipient's calendar", () => {
  it("a snooze moves the Israeli thank-you from Sunday to Sunday, the German one from Friday to Friday", () => {
    const interview = stored(details());
    const { moved } = snoozeSteps(interview, "2026-11-20T06:00:00.000Z", SNOOZE_DAYS, SNOOZE_WORDS);
    const sendAt = (email: string, kind: Step["kind"]) =>
      moved.find((s) => s.kind === kind && s.to.email === email)?.sendAt;
    expect(sendAt(ANN.email, "thank_you")).toBe("2026-11-29T09:30:00+02:00");
    expect(sendAt(BO.email, "thank_you")).toBe("2026-11-27T09:30:00+01:00");
  });

  it("an out-of-office until Friday moves the email to Israel to the Sunday after", () => {
    const interview = stored(details());
    const { moved } = deferStepsToAddress(
      interview,
      ANN.email,
      "2026-11-27",
      "2026-11-20T06:00:00.000Z",
      DEFER_WORDS,
    );
    expect(moved.map((s) => [s.kind, s.sendAt])).toEqual([["thank_you", "2026-11-29T09:30:00+02:00"]]);
  });
});

describe("stepSendWindow", () => {
  it("answers as the step's whole calendar does, for every step of a chain with contacts abroad", () => {
    const interview = stored(details({ settings: { ...resolvePlannerSettings(), observeHolidays: true } }));
    // Every 7 hours over three weeks around the chain: weekends, holidays, evenings and mornings.
    const from = Date.parse("2026-11-19T00:00:00Z");
    let compared = 0;
    for (const step of interview.steps) {
      const window = stepSendWindow(interview, step);
      const calendar = stepCalendar(interview, step);
      for (let at = from; at < from + 21 * 86_400_000; at += 7 * 3_600_000) {
        const instant = new Date(at);
        expect(window.isInSendWindow(instant, step.timezone)).toBe(
          calendar.isInSendWindow(instant, step.timezone),
        );
        expect(window.nextSendSlot(instant, step.timezone, "10:30")).toEqual(
          calendar.nextSendSlot(instant, step.timezone, "10:30"),
        );
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it("refuses what the calendar refuses: an unsupported country, a window that ends before it starts", () => {
    const interview = stored(details());
    const step = interview.steps[0] as Step;
    const bad = [
      { ...interview, country: "XX" },
      { ...interview, settings: { ...interview.settings, sendWindow: { start: "17:00", end: "09:00" } } },
    ];
    const refusal = (build: () => unknown) => {
      try {
        build();
      } catch (err) {
        return (err as Error).message;
      }
      return undefined;
    };
    expect(refusal(() => stepCalendar(bad[0] as Interview, step))).toMatch(/Unsupported country "XX"/);
    expect(refusal(() => stepCalendar(bad[1] as Interview, step))).toMatch(/must end after it starts/);
    for (const i of bad)
      expect(refusal(() => stepSendWindow(i, step))).toBe(refusal(() => stepCalendar(i, step)));
  });
});
