import { describe, expect, it } from "vitest";
import { computeInsights } from "../../../../shared/domain/insights.js";
import type { Interview } from "../../../../shared/domain/interview.js";
import { stopChain } from "../../../../shared/domain/stop-chain.js";
import { withEvent } from "../../../../shared/domain/with-event.js";
import { chainStopWords } from "../../../../shared/mail/chain-stop-words.js";
import { createInterview } from "../../../../shared/use-cases/create-interview.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { interviewDetails, testDeps } from "../../../support/test-deps.js";

useFixedSystemTime();

const MINUTE = 60_000;

async function registered(overrides: Record<string, unknown> = {}): Promise<Interview> {
  return createInterview(testDeps(), { owner: "user-1", details: interviewDetails(overrides) });
}

/** Marks the steps of these kinds sent at their planned time. */
function sent(interview: Interview, kinds: string[]): Interview {
  return {
    ...interview,
    steps: interview.steps.map((s) =>
      kinds.includes(s.kind) ? { ...s, status: "sent", sentAt: s.sendAt, updatedAt: s.sendAt } : s,
    ),
  };
}

function stepOf(interview: Interview, kind: string) {
  const step = interview.steps.find((s) => s.kind === kind);
  if (!step) throw new Error(`no ${kind} step`);
  return step;
}

function reply(interview: Interview, kind: string, afterMinutes: number, type = "reply.received"): Interview {
  const step = stepOf(interview, kind);
  return withEvent(interview, {
    at: new Date(Date.parse(step.sendAt) + afterMinutes * MINUTE).toISOString(),
    type,
    stepId: step.id,
    detail: "Ann: thanks!",
  });
}

const stop = (interview: Interview, reason: "offer" | "rejected" | "withdrawn" | "cancelled") => {
  const chainStop = { status: "stopped", reason, at: "2027-01-10T12:00:00.000Z" } as const;
  return stopChain(interview, chainStop, chainStopWords(interview, chainStop, reason));
};

describe("computeInsights", () => {
  it("counts per step kind what went out, what a person answered and the median time to the answer", async () => {
    const a = reply(sent(await registered(), ["thank_you", "recruiter_check_in"]), "thank_you", 60);
    const b = reply(sent(await registered(), ["thank_you"]), "thank_you", 180);
    const c = reply(sent(await registered(), ["thank_you"]), "thank_you", 600);
    const d = sent(await registered(), ["thank_you"]);

    const insights = computeInsights([a, b, c, d]);

    expect(insights.interviews).toBe(4);
    expect(insights.byKind.thank_you).toEqual({ sent: 4, replied: 3, medianMinutesToReply: 180 });
    expect(insights.byKind.recruiter_check_in).toEqual({ sent: 1, replied: 0, medianMinutesToReply: null });
    expect(insights.byKind.weekly_check_in).toEqual({ sent: 0, replied: 0, medianMinutesToReply: null });
  });

  it("takes the mean of the middle two for an even count, and only the first reply to a step", async () => {
    let a = reply(sent(await registered(), ["thank_you"]), "thank_you", 100);
    a = reply(a, "thank_you", 5000);
    const b = reply(sent(await registered(), ["thank_you"]), "thank_you", 301);
    expect(computeInsights([a, b]).byKind.thank_you).toEqual({
      sent: 2,
      replied: 2,
      medianMinutesToReply: 201,
    });
  });

  it("never counts an auto-reply, an unverified sender, a step that never went out or a reply before it went", async () => {
    let one = sent(await registered(), ["thank_you"]);
    one = reply(one, "thank_you", 30, "inbound.auto_reply");
    one = reply(one, "thank_you", 40, "inbound.unverified");
    one = reply(one, "thank_you", -10);
    one = reply(one, "recruiter_check_in", 50);
    const insights = computeInsights([one]);
    expect(insights.byKind.thank_you).toEqual({ sent: 1, replied: 0, medianMinutesToReply: null });
    expect(insights.byKind.recruiter_check_in).toEqual({ sent: 0, replied: 0, medianMinutesToReply: null });
  });

  it("counts per cadence: interviews, steps out, replies", async () => {
    const standard = reply(sent(await registered(), ["thank_you"]), "thank_you", 20);
    const patient = sent(await registered({ cadence: "patient" }), ["thank_you", "recruiter_check_in"]);
    const insights = computeInsights([standard, patient, await registered({ cadence: "patient" })]);
    expect(insights.byCadence.standard).toEqual({
      interviews: 1,
      sent: 1,
      replied: 1,
      medianMinutesToReply: 20,
    });
    expect(insights.byCadence.patient).toEqual({
      interviews: 2,
      sent: 2,
      replied: 0,
      medianMinutesToReply: null,
    });
    expect(insights.byCadence.minimal).toEqual({
      interviews: 0,
      sent: 0,
      replied: 0,
      medianMinutesToReply: null,
    });
  });

  it("counts outcomes by what the chain had sent, leaving out cancelled and open chains", async () => {
    const interviews = [
      stop(await registered(), "offer"),
      stop(sent(await registered(), ["thank_you"]), "offer"),
      stop(sent(await registered(), ["thank_you", "handwritten_note"]), "rejected"),
      stop(sent(await registered(), ["thank_you", "recruiter_check_in"]), "offer"),
      stop(sent(await registered(), ["thank_you", "pre_decision_nudge"]), "withdrawn"),
      stop(sent(await registered(), ["thank_you", "recruiter_check_in"]), "cancelled"),
      sent(await registered(), ["thank_you", "recruiter_check_in"]),
    ];
    expect(computeInsights(interviews).outcomes).toEqual({
      none: { offer: 1, rejected: 0, withdrawn: 0 },
      thanksOnly: { offer: 1, rejected: 1, withdrawn: 0 },
      withCheckIns: { offer: 1, rejected: 0, withdrawn: 1 },
    });
  });

  it("does not count steps sent after the outcome (a reply to a rejection) as follow-ups", async () => {
    const rejected = stop(await registered(), "rejected");
    const afterwards: Interview = {
      ...rejected,
      steps: [
        ...rejected.steps,
        {
          ...stepOf(rejected, "thank_you"),
          id: "s99",
          kind: "rejection_reply",
          phase: "after_rejection",
          status: "sent",
          sentAt: "2027-01-12T14:30:00.000Z",
        },
      ],
    };
    const insights = computeInsights([afterwards]);
    expect(insights.outcomes.none.rejected).toBe(1);
    expect(insights.byKind.rejection_reply.sent).toBe(1);
  });

  it("is all zeros for no interviews", () => {
    const insights = computeInsights([]);
    expect(insights.interviews).toBe(0);
    expect(Object.values(insights.byKind).every((k) => k.sent === 0 && k.replied === 0)).toBe(true);
  });
});
