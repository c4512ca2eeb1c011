import { describe, expect, it } from "vitest";
import {
  laterRoundRegisteredNote,
  laterRoundStepReason,
  NOT_SCHEDULED_REASON,
  registeredNote,
  SKIPPED_NOT_SCHEDULED_NOTE,
  snoozedNote,
  stoppedNote,
  supersededByNote,
  updatedNote,
} from "../../../../shared/mail/chain-timeline-words.js";

describe("chain timeline words", () => {
  it("says what was registered and what a later round means for an earlier one", () => {
    expect(registeredNote({ round: "onsite", company: "Acme" }, 4)).toBe(
      "onsite round with Acme registered; 4 follow-up steps planned.",
    );
    const later = { round: "final", interviewedAt: "2026-11-20T10:00:00Z", id: "iv_later" };
    expect(laterRoundRegisteredNote(later)).toBe(
      "A later round of this application is already registered (the final round on 2026-11-20, iv_later), so this round sends nothing: its chain carries the follow-ups.",
    );
    expect(laterRoundStepReason(later)).toBe("a later round (final, iv_later) is already registered");
    expect(supersededByNote(later)).toBe("Superseded by the final round (iv_later).");
  });

  it("lists the changed fields and counts", () => {
    expect(updatedNote(["interviewedAt", "contacts"], 2, 1)).toBe(
      "Changed interviewedAt, contacts; 2 steps planned or moved, 1 cancelled.",
    );
    expect(updatedNote(["notes"], 1, 0)).toBe("Changed notes; 1 step planned or moved, 0 cancelled.");
  });

  it("says a snooze's next send in the step's own time zone, and one step in the singular", () => {
    expect(snoozedNote(7, 3, { sendAt: "2026-12-08T09:00:00+01:00", timezone: "Europe/Paris" })).toBe(
      "Snoozed for 7 days: 3 pending steps moved; the next is now Tue 8 Dec 2026 09:00 (Europe/Paris).",
    );
    expect(snoozedNote(7, 1, { sendAt: "not a date", timezone: "Europe/Paris" })).toBe(
      "Snoozed for 7 days: 1 pending step moved; the next is now not a date.",
    );
    expect(snoozedNote(7, 0)).toBe("Snoozed for 7 days: 0 pending steps moved.");
    expect(snoozedNote(1, 2)).toBe("Snoozed for 1 day: 2 pending steps moved.");
  });

  it("says why the chain stopped, with the candidate's note when there is one", () => {
    expect(stoppedNote("cancelled")).toBe("Stopped: cancelled.");
    expect(stoppedNote("rejected", "They went with someone else.")).toBe(
      "Stopped: rejected. They went with someone else.",
    );
  });

  it("says a step still waiting two days after its time was skipped, whether unscheduled or refused by SES", () => {
    // The reconciler skips both alike: a schedule it could not create, and a step SES kept handing back.
    expect(SKIPPED_NOT_SCHEDULED_NOTE).toBe("Skipped: it could not go out within two days of its time.");
    expect(NOT_SCHEDULED_REASON).toBe("it could not be scheduled or sent within two days of its time");
  });
});
