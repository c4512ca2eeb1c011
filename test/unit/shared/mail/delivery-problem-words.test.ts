import { describe, expect, it } from "vitest";
import {
  deliveryProblemNote,
  deliveryProblemReason,
} from "../../../../shared/mail/delivery-problem-words.js";

describe("delivery problem words", () => {
  it("says a bounce and a complaint differently", () => {
    expect(deliveryProblemReason("bounce", "ann@acme.test")).toBe("ann@acme.test bounced");
    expect(deliveryProblemNote("bounce", "ann@acme.test")).toBe("ann@acme.test bounced: steps to it skipped");
    expect(deliveryProblemReason("complaint", "rita@acme.test")).toBe(
      "rita@acme.test marked an email as spam",
    );
    expect(deliveryProblemNote("complaint", "rita@acme.test")).toBe(
      "rita@acme.test marked an email as spam: steps to it skipped",
    );
  });
});
