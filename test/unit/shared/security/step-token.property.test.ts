import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { replyToken, verifyReplyToken } from "../../../../shared/mail/reply-token.js";
import { manageToken, verifyManageToken } from "../../../../shared/security/manage-token.js";
import { unsubscribeToken, verifyUnsubscribeToken } from "../../../../shared/security/unsubscribe-token.js";

const SECRET = "unit-test-secret-0123456789abcdef";
const KINDS = [
  { name: "reply", sign: replyToken, verify: verifyReplyToken },
  { name: "unsubscribe", sign: unsubscribeToken, verify: verifyUnsubscribeToken },
  { name: "manage", sign: manageToken, verify: verifyManageToken },
] as const;

const interviewId = fc.stringMatching(/^[0-9A-HJKMNP-TV-Z]{26}$/);
const stepId = fc.integer({ min: 0, max: 9999 }).map((n) => `s${n}`);

describe.each(KINDS)("$name tokens, on any input", ({ sign, verify }) => {
  it("round-trip every interview and step, whatever the case they come back in", () => {
    fc.assert(
      fc.property(interviewId, stepId, fc.boolean(), (id, step, upper) => {
        const token = sign(SECRET, id, step);
        expect(verify(SECRET, upper ? token.toUpperCase() : token)).toEqual({
          interviewId: id,
          stepId: step,
        });
      }),
      { numRuns: 500 },
    );
  });

  it("read anything else as undefined, never throwing", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 120 }), (token) => {
        expect(verify(SECRET, token)).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });

  it("refuse a token with any one character changed, or signed with another key", () => {
    fc.assert(
      fc.property(
        interviewId,
        stepId,
        fc.nat(),
        fc.constantFrom(..."0123456789abcdefghjkmnpqrstvwxyz-"),
        (id, step, at, char) => {
          const token = sign(SECRET, id, step);
          const i = at % token.length;
          fc.pre(token[i]?.toLowerCase() !== char);
          expect(verify(SECRET, token.slice(0, i) + char + token.slice(i + 1))).toBeUndefined();
          expect(verify(`${SECRET}x`, token)).toBeUndefined();
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe("token kinds", () => {
  it("never accept one kind's token as another's", () => {
    fc.assert(
      fc.property(interviewId, stepId, (id, step) => {
        for (const a of KINDS)
          for (const b of KINDS)
            if (a !== b) expect(b.verify(SECRET, a.sign(SECRET, id, step))).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});
