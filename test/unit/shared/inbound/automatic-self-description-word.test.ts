import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  describesItselfAsAutomatic,
  SELF_DESCRIPTION,
  selfDescriptionLead,
} from "../../../../shared/inbound/automatic-self-description.js";
import { parseInboundEmail } from "../../../../shared/inbound/parse-inbound-email.js";
import { everyTestMail } from "../../../support/every-test-mail.js";

// describesItselfAsAutomatic compiles SELF_DESCRIPTION only for a lead with one of its words in it; these hold
// that word check to the pattern: it must never turn away a lead the pattern matches.
describe("the word a self-description has in it", () => {
  it("is in every phrase SELF_DESCRIPTION matches (3,000 drawn from the pattern)", () => {
    // The pattern as written (lower case, without `i`, which fast-check cannot draw from): every branch of
    // its alternation is drawn ~50 times; one without the word fails here.
    const asWritten = new RegExp(SELF_DESCRIPTION().source, "u");
    fc.assert(
      fc.property(fc.stringMatching(asWritten, { maxLength: 400 }), (phrase) => {
        const lead = phrase.replace(/\s+/g, " ");
        expect(SELF_DESCRIPTION().test(lead)).toBe(true);
        expect(describesItselfAsAutomatic(lead), lead).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  const { fixtures: fixtureMails, all: mails } = everyTestMail();

  it(`answers as the pattern alone for every fixture mail (${mails.length})`, async () => {
    let described = 0;
    for (const file of mails) {
      const email = await parseInboundEmail(readFileSync(file));
      if (email.kind !== "parsed") continue;
      const expected = SELF_DESCRIPTION().test(selfDescriptionLead(email.visibleText));
      if (expected) described++;
      expect(describesItselfAsAutomatic(email.visibleText), file).toBe(expected);
    }
    expect(fixtureMails.length).toBeGreaterThan(200);
    expect(described).toBeGreaterThan(0);
  });
});
