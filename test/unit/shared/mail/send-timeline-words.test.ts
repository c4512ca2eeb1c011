import { describe, expect, it } from "vitest";
import {
  chainNotSentNote,
  chainStoppedReason,
  notSentNote,
  outsideWindowMovedNote,
  sendFailedNote,
  stepSentNote,
  UNKNOWN_DELIVERY_NOTE,
  UNKNOWN_DELIVERY_REASON,
} from "../../../../shared/mail/send-timeline-words.js";

describe("send timeline words", () => {
  it("names the channel, the recipient and the kind in words when a step is sent", () => {
    const to = { name: "Ann", email: "ann@acme.test" };
    expect(stepSentNote({ channel: "email", to, kind: "pre_decision_nudge" })).toBe(
      "Email sent to ann@acme.test: pre decision nudge.",
    );
    expect(stepSentNote({ channel: "reminder", to, kind: "thank_you" })).toBe(
      "Reminder sent to ann@acme.test: thank you.",
    );
  });

  it("says why a step was not sent, failed, or moved", () => {
    expect(notSentNote("ann@acme.test unsubscribed")).toBe("Not sent: ann@acme.test unsubscribed.");
    expect(sendFailedNote("Address blacklisted")).toBe("Could not be sent: Address blacklisted");
    expect(chainNotSentNote("replied")).toBe("Not sent: chain replied.");
    expect(chainStoppedReason("stopped", "claim window missed")).toBe("chain stopped: claim window missed");
    expect(chainStoppedReason("replied", "replied")).toBe("chain replied");
    expect(outsideWindowMovedNote("2026-12-02T09:00:00+01:00")).toBe(
      "Fired outside the send window; moved to 2026-12-02T09:00:00+01:00.",
    );
  });

  it("says an interrupted send is not repeated", () => {
    expect(UNKNOWN_DELIVERY_NOTE).toBe(
      "Delivery unknown after an interruption; not re-sent to avoid a duplicate.",
    );
    expect(UNKNOWN_DELIVERY_REASON).toBe(
      "the sender stopped mid-send; it may or may not have gone out, so it is not sent again",
    );
  });
});
