import { describe, expect, it } from "vitest";
import { emailAsSent, MAX_STORED_SENT_TEXT } from "../../../../shared/domain/email-as-sent.js";

const email = (text: string) => ({
  to: [{ name: "Ann", email: "ann@acme.test" }],
  subject: "Thank you",
  text,
});

describe("emailAsSent", () => {
  it("keeps a short email whole, without a truncated flag", () => {
    expect(emailAsSent(email("Hi Ann,\nthanks."))).toEqual({
      to: "ann@acme.test",
      subject: "Thank you",
      text: "Hi Ann,\nthanks.",
    });
  });

  it("cuts a long text to the bound and says so", () => {
    const kept = emailAsSent(email("x".repeat(MAX_STORED_SENT_TEXT + 10)));
    expect(kept.text).toBe("x".repeat(MAX_STORED_SENT_TEXT));
    expect(kept.truncated).toBe(true);
  });

  it("keeps a text of exactly the bound whole", () => {
    expect(emailAsSent(email("y".repeat(MAX_STORED_SENT_TEXT))).truncated).toBeUndefined();
  });

  it("never keeps half of an emoji cut at the bound", () => {
    expect(emailAsSent(email("ab😀c"), 3)).toEqual({
      to: "ann@acme.test",
      subject: "Thank you",
      text: "ab",
      truncated: true,
    });
  });

  it("lists every recipient", () => {
    const two = { ...email("t"), to: [{ email: "a@x.test" }, { email: "b@x.test" }] };
    expect(emailAsSent(two).to).toBe("a@x.test, b@x.test");
  });
});
