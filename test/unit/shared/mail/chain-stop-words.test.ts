import { describe, expect, it } from "vitest";
import type { Interview } from "../../../../shared/domain/interview.js";
import type { Step } from "../../../../shared/domain/step.js";
import { chainStopWords } from "../../../../shared/mail/chain-stop-words.js";

const step = (id: string, kind: Step["kind"], email: string, status: Step["status"]) =>
  ({ id, kind, to: { name: "", email }, status }) as Step;

const interview = (steps: Step[]) => ({ steps }) as Interview;

describe("chainStopWords", () => {
  it("gives each cancelled step the stop's status and reason", () => {
    expect(chainStopWords(interview([]), { status: "stopped", reason: "offer" }).stepReason).toBe(
      "chain stopped: offer",
    );
  });

  it("says the bare fact when there is no note, then that nothing had gone out", () => {
    expect(chainStopWords(interview([]), { status: "replied", reason: "replied" }).detail).toBe(
      "Chain replied. Already sent: nothing.",
    );
    expect(chainStopWords(interview([]), { status: "stopped", reason: "offer" }).detail).toBe(
      "Chain stopped: offer. Already sent: nothing.",
    );
  });

  it("follows the note with what was sent, what was in flight and what is of unknown delivery", () => {
    const before = interview([
      step("s1", "thank_you", "ann@acme.test", "sent"),
      step("s2", "recruiter_check_in", "rita@acme.test", "sending"),
      step("s3", "pre_decision_nudge", "rita@acme.test", "unknown"),
      step("s4", "weekly_check_in", "rita@acme.test", "scheduled"),
    ]);
    expect(chainStopWords(before, { status: "stopped", reason: "offer" }, "Stopped: offer.").detail).toBe(
      "Stopped: offer. Already sent: s1 (thank you to ann@acme.test). " +
        "In flight at the stop, outcome to follow: s2 (recruiter check in to rita@acme.test). " +
        "Delivery unknown: s3 (pre decision nudge to rita@acme.test).",
    );
  });
});
