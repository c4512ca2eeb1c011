import { describe, expect, it } from "vitest";
import { replyToken } from "../../../../shared/mail/reply-token.js";
import { unsubscribeToken, verifyUnsubscribeToken } from "../../../../shared/security/unsubscribe-token.js";

const SECRET = "unit-test-secret-0123456789abcdef";
const ID = "01KQ8Z3M4N5P6R7S8T9V0W1X2Y";

describe("unsubscribe tokens", () => {
  it("name the interview and step, lower-case and URL-safe", () => {
    const token = unsubscribeToken(SECRET, ID, "s12");
    expect(token).toMatch(/^u-[0-9a-z]{26}-s12-[0-9a-f]{32}$/);
    expect(encodeURIComponent(token)).toBe(token);
    expect(verifyUnsubscribeToken(SECRET, token)).toEqual({ interviewId: ID, stepId: "s12" });
  });

  it("survive being upper-cased on the way back", () => {
    expect(verifyUnsubscribeToken(SECRET, unsubscribeToken(SECRET, ID, "s1").toUpperCase())).toEqual({
      interviewId: ID,
      stepId: "s1",
    });
  });

  it("refuse another key, another step, a changed signature, junk, and a reply token", () => {
    const good = unsubscribeToken(SECRET, ID, "s1");
    for (const token of [
      unsubscribeToken("another-secret-0123456789abcdef", ID, "s1"),
      good.replace("-s1-", "-s2-"),
      `${good.slice(0, -1)}${good.endsWith("a") ? "b" : "a"}`,
      good.slice(0, -1),
      "",
      "u-../../etc",
      replyToken(SECRET, ID, "s1").replace(/^r-/, "u-"),
    ]) {
      expect(verifyUnsubscribeToken(SECRET, token), token).toBeUndefined();
    }
  });
});
