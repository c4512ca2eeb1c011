import { describe, expect, it } from "vitest";
import { unsubscribedNote, unsubscribedReason } from "../../../../shared/mail/unsubscribe-words.js";

describe("unsubscribe words", () => {
  it("says who unsubscribed, and how when known", () => {
    expect(unsubscribedReason("priya@acme.test")).toBe("priya@acme.test unsubscribed");
    expect(unsubscribedNote("priya@acme.test")).toBe("priya@acme.test unsubscribed: steps to it cancelled");
    expect(unsubscribedNote("priya@acme.test", "List-Unsubscribe")).toBe(
      "priya@acme.test unsubscribed (List-Unsubscribe): steps to it cancelled",
    );
  });
});
