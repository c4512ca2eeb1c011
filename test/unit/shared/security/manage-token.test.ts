import { describe, expect, it } from "vitest";
import { replyToken, verifyReplyToken } from "../../../../shared/mail/reply-token.js";
import { manageToken, verifyManageToken } from "../../../../shared/security/manage-token.js";
import { unsubscribeToken, verifyUnsubscribeToken } from "../../../../shared/security/unsubscribe-token.js";

const SECRET = "unit-test-secret-0123456789abcdef";
const ID = "01KQ8Z3M4N5P6R7S8T9V0W1X2Y";

describe("manage tokens", () => {
  it("name the interview and step, lower-case and URL-safe, and round-trip", () => {
    const token = manageToken(SECRET, ID, "s12");
    expect(token).toMatch(/^m-[0-9a-z]{26}-s12-[0-9a-f]{32}$/);
    expect(encodeURIComponent(token)).toBe(token);
    expect(verifyManageToken(SECRET, token)).toEqual({ interviewId: ID, stepId: "s12" });
  });

  it("survive being upper-cased on the way back", () => {
    expect(verifyManageToken(SECRET, manageToken(SECRET, ID, "s1").toUpperCase())).toEqual({
      interviewId: ID,
      stepId: "s1",
    });
  });

  it("refuse another key, another step or interview, a changed or cut signature, and junk", () => {
    const good = manageToken(SECRET, ID, "s1");
    for (const token of [
      manageToken("another-secret-0123456789abcdef", ID, "s1"),
      good.replace("-s1-", "-s2-"),
      good.replace(ID.toLowerCase(), "01kq8z3m4n5p6r7s8t9v0w1x2z"),
      `${good.slice(0, -1)}${good.endsWith("a") ? "b" : "a"}`,
      good.slice(0, -1),
      `${good}0`,
      "",
      "m-../../etc",
      `${good}/..`,
    ]) {
      expect(verifyManageToken(SECRET, token), token).toBeUndefined();
    }
  });

  it("are never accepted as unsubscribe or reply tokens, and those never as manage tokens", () => {
    const manage = manageToken(SECRET, ID, "s1");
    const unsubscribe = unsubscribeToken(SECRET, ID, "s1");
    // The prefixes differ, and so do the signatures: swapping the prefix does not make a valid token either.
    expect(verifyManageToken(SECRET, unsubscribe)).toBeUndefined();
    expect(verifyManageToken(SECRET, unsubscribe.replace(/^u-/, "m-"))).toBeUndefined();
    expect(verifyManageToken(SECRET, replyToken(SECRET, ID, "s1").replace(/^r-/, "m-"))).toBeUndefined();
    expect(verifyUnsubscribeToken(SECRET, manage)).toBeUndefined();
    expect(verifyUnsubscribeToken(SECRET, manage.replace(/^m-/, "u-"))).toBeUndefined();
    expect(verifyReplyToken(SECRET, manage)).toBeUndefined();
    expect(verifyReplyToken(SECRET, manage.replace(/^m-/, "r-").slice(0, -12))).toBeUndefined();
  });
});
