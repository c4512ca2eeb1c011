import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { composeReplyForward } from "../../../../shared/mail/compose-reply-forward.js";
import { MAX_SUBJECT_CHARS } from "../../../../shared/mail/header-safe.js";

const interview = {
  candidate: { name: "Cara Diaz", email: "cara@example.com" },
  company: "Acme Corp",
  role: "Staff Engineer",
};

describe("composeReplyForward", () => {
  it("keeps the contact's subject and name on one line: no CR, LF, tab or other control character survives", () => {
    const email = composeReplyForward({
      interview,
      from: { address: "rita@acme.test", name: "Rita\r\nBcc: x@evil.test" },
      subject: "Re: hello\r\nX-Injected: 1\u0085\u2028more\u0007",
      text: "Thanks!",
    });
    expect(email.subject).toBe("Reply from Rita Bcc: x@evil.test: Re: hello X-Injected: 1 more");
    expect(email.text.split("\n")[0]).toBe(
      "Rita Bcc: x@evil.test <rita@acme.test> replied about your Staff Engineer application at Acme Corp.",
    );
    expect(email.replyTo).toEqual(["rita@acme.test"]);
    expect(email.tags).toEqual({ kind: "reply_forward" });
  });

  it("no bidi override in the contact's name reorders the line that says who replied", () => {
    const email = composeReplyForward({
      interview,
      from: { address: "rita@acme.test", name: "\u202eRita Ruiz\u2066" },
      subject: "Re: hello",
      text: "Thanks!",
    });
    expect(email.text.split("\n")[0]).toBe(
      "Rita Ruiz <rita@acme.test> replied about your Staff Engineer application at Acme Corp.",
    );
    expect(email.subject).toBe("Reply from Rita Ruiz: Re: hello");
  });

  it("caps a long subject between characters, never inside an emoji, and marks the cut", () => {
    const email = composeReplyForward({
      interview,
      from: { address: "rita@acme.test", name: "" },
      subject: "👍🏽".repeat(150),
      text: "x",
    });
    expect(email.subject.length).toBeLessThanOrEqual(MAX_SUBJECT_CHARS);
    expect(email.subject.endsWith("👍🏽…")).toBe(true);
    expect(email.subject.startsWith("Reply from rita@acme.test: ")).toBe(true);
  });

  it("nothing the contact wrote becomes markup in the HTML part", () => {
    const email = composeReplyForward({
      interview,
      from: { address: "rita@acme.test", name: "<b>Rita</b>" },
      subject: "x",
      text: `<script>alert("x")</script> & <img src=x onerror='y'>`,
    });
    expect(email.html).not.toContain("<script");
    expect(email.html).not.toContain("<img");
    expect(email.html).not.toContain("<b>");
    expect(email.html).toContain(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=&#39;y&#39;&gt;",
    );
  });

  it("whatever the subject and name, the subject is one bounded line (property)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 400 }),
        fc.string({ unit: "binary", maxLength: 80 }),
        (subject, name) => {
          const email = composeReplyForward({
            interview,
            from: { address: "rita@acme.test", name },
            subject,
            text: "x",
          });
          // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what must not get through
          expect(email.subject).not.toMatch(/[\r\n\t\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
          expect(email.subject.length).toBeLessThanOrEqual(MAX_SUBJECT_CHARS);
          expect(email.html).not.toMatch(/<(?!\/?(p|br|a)\b)/);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("a reply of nearly 10 MB makes a forward SES takes: its text is cut, says so and says where the whole message is", () => {
    // The worst case for the HTML part: "&" is five characters once escaped.
    const text = "&".repeat(9_900_000);
    const email = composeReplyForward({
      interview,
      from: { address: "rita@acme.test", name: "Rita" },
      subject: "Re: hello",
      text,
      messageId: "<big@mail.acme.test>",
    });
    const bytes = [email.text, email.html, email.subject, ...email.headers.map((h) => h.name + h.value)]
      .map((part) => Buffer.byteLength(part, "utf8"))
      .reduce((a, b) => a + b, 0);
    expect(bytes).toBeLessThan(200_000);
    expect(email.text).toContain(
      "[Cut: the message is 9,900,000 characters long; only the first 20,000 are shown",
    );
    expect(email.text).toContain("<big@mail.acme.test>");
    expect(email.text).toContain("raw inbound mail");
  });

  it("a display name of a quarter megabyte is cut too (the subject already was)", () => {
    const email = composeReplyForward({
      interview,
      from: { address: "rita@acme.test", name: "R".repeat(250_000) },
      subject: "x",
      text: "Thanks",
    });
    expect(email.text.length).toBeLessThan(1_000);
    expect(email.html.length).toBeLessThan(1_000);
  });

  it("a contact whose address has a non-ASCII local part gets no Reply-To SES would refuse; the text says whom to write to", () => {
    const email = composeReplyForward({
      interview,
      from: { address: "josé@exämple.com", name: "José" },
      subject: "Re: hello",
      text: "Thanks!",
    });
    expect(email.replyTo).toEqual([]);
    expect(email.replyTo.join("")).toMatch(/^[\x20-\x7e]*$/);
    expect(email.text).toContain(
      "Replying to this email does not reach them: write to josé@exämple.com from your own mail.",
    );
  });

  it("an internationalised domain goes in the Reply-To as punycode, which SES takes, and replying reaches them", () => {
    const email = composeReplyForward({
      interview,
      from: { address: "rita@exämple.com", name: "Rita" },
      subject: "Re: hello",
      text: "Thanks!",
    });
    expect(email.replyTo).toEqual(["rita@xn--exmple-cua.com"]);
    expect(email.text).not.toContain("does not reach them");
  });
});
