import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wordsBeforeSignOff } from "../../../../shared/inbound/words-before-sign-off.js";

describe("wordsBeforeSignOff", () => {
  it("stops at the sender's name on a line of its own", () => {
    expect(wordsBeforeSignOff("Will do.\n\nJane\n\nIf I am out of the office...", "Jane Doe")).toBe(
      "Will do.\n",
    );
    expect(wordsBeforeSignOff("Will do.\n- Jane Doe\nI am away Fridays", '"Jane Doe"')).toBe("Will do.");
  });

  it("stops at closing words, in other languages too", () => {
    expect(wordsBeforeSignOff("Yes.\nBest regards,\nJ.\nAway Fridays")).toBe("Yes.");
    expect(wordsBeforeSignOff("Ja.\n\nMit freundlichen Grüßen\nJ.")).toBe("Ja.\n");
    expect(wordsBeforeSignOff("Oui.\nCordialement\nJ.")).toBe("Oui.");
  });

  it("keeps a greeting or a name that comes first, and text with no sign-off", () => {
    expect(wordsBeforeSignOff("Jane\nI am out of the office.", "Jane")).toBe("Jane\nI am out of the office.");
    expect(wordsBeforeSignOff("Thanks,\n\nI am away until May 3.")).toBe("Thanks,\n\nI am away until May 3.");
    expect(wordsBeforeSignOff("Thanks Sam, next week works.", "Jane")).toBe("Thanks Sam, next week works.");
    // An exclaimed thanks opens an out-of-office ("Hello, / Thank you! / I am away until..."); it signs nothing off.
    expect(wordsBeforeSignOff("Hello,\n\nThank you!\n\nI am away until May 3.")).toBe(
      "Hello,\n\nThank you!\n\nI am away until May 3.",
    );
  });

  it("always returns the start of the text", () => {
    const text = fc.string().map((t) => t.replace(/\r/g, ""));
    fc.assert(
      fc.property(text, fc.string(), (t, name) => {
        expect(t.startsWith(wordsBeforeSignOff(t, name))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
