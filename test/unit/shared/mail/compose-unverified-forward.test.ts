import { describe, expect, it } from "vitest";
import { composeUnverifiedForward } from "../../../../shared/mail/compose-unverified-forward.js";

const interview = {
  id: "01KBXYZ0000000000000000000",
  candidate: { name: "Cara Diaz", email: "cara@example.com" },
  company: "Acme Corp",
  role: "Staff Engineer",
};

describe("composeUnverifiedForward", () => {
  it("marks the subject and the first line, names the sender and why, and sets no Reply-To", () => {
    const email = composeUnverifiedForward({
      interview,
      from: { address: "rita@acme.test", name: "Rita\r\nBcc: x@evil.test" },
      subject: "Re: hello\r\nX-Injected: 1",
      text: "Stop everything.",
      reason: "its sender could not be verified (DMARC failed)",
      goesOn: true,
      manageUrl: "https://api.example.com/manage/m-1",
    });
    expect(email.subject).toBe("[Unverified sender] rita@acme.test: Re: hello X-Injected: 1");
    expect(email.replyTo).toEqual([]);
    expect(email.to).toEqual([{ name: "Cara Diaz", email: "cara@example.com" }]);
    const lines = email.text.split("\n");
    expect(lines[0]).toBe(
      'UNVERIFIED SENDER: this message came from "Rita Bcc: x@evil.test" <rita@acme.test>, which we could not verify: its sender could not be verified (DMARC failed). It changed nothing: your follow-ups for the Staff Engineer role at Acme Corp go on.',
    );
    expect(email.text).toContain("open https://api.example.com/manage/m-1 and press Stop");
    expect(email.text).toContain("Stop everything.");
    expect(email.headers).toContainEqual({ name: "Auto-Submitted", value: "auto-generated" });
    expect(email.tags).toEqual({ kind: "unverified_forward" });
  });

  it("no bidi override in the sender's name, address or subject can reorder the warning and disguise who sent it", () => {
    // After U+202E every character up to the end of the line shows right to left: the address the
    // candidate must check would read backwards, and so would the rest of the warning.
    const bidi = /[\u202a-\u202e\u2066-\u2069]/;
    const email = composeUnverifiedForward({
      interview,
      from: { address: "rita@acme.test\u202e", name: "Rita Ruiz \u202e\u2067" },
      subject: "\u202dUrgent\u202c: stop \u2066now\u2069",
      text: "Stop everything.",
      reason: "its sender could not be verified (DMARC failed)",
      goesOn: true,
    });
    const [first = ""] = email.text.split("\n");

    expect(first).toMatch(/^UNVERIFIED SENDER: this message came from "Rita Ruiz" <rita@acme\.test>, which/);
    expect(first).not.toMatch(bidi);
    expect(email.subject).toBe("[Unverified sender] rita@acme.test: Urgent: stop now");
    expect(email.html.split("\n")[0]).not.toMatch(bidi);
  });

  it("without a link, says how to stop the chain", () => {
    const email = composeUnverifiedForward({
      interview,
      from: undefined,
      subject: "x",
      text: "y",
      reason: "it has no sender address",
      goesOn: true,
    });
    expect(email.subject).toBe("[Unverified sender] an unknown address: x");
    expect(email.text).toContain(`POST /interviews/${interview.id}/stop`);
  });

  it.each([
    ["a link", "https://api.example.com/manage/m-1"],
    ["no link", undefined],
  ])("when nothing more will be sent, says so and offers no Stop (%s)", (_, manageUrl) => {
    const email = composeUnverifiedForward({
      interview,
      from: { address: "rita@acme.test", name: "" },
      subject: "x",
      text: "Stop everything.",
      reason: "its sender could not be verified (DMARC failed)",
      goesOn: false,
      manageUrl,
    });
    const [first] = email.text.split("\n");
    expect(first).toBe(
      "UNVERIFIED SENDER: this message came from rita@acme.test, which we could not verify: its sender could not be verified (DMARC failed). It changed nothing. No more follow-ups will be sent for the Staff Engineer role at Acme Corp: there is nothing to stop.",
    );
    expect(email.text).not.toContain("go on");
    expect(email.text).not.toContain("press Stop");
    expect(email.text).not.toContain("/manage/");
    expect(email.text).not.toContain("/stop");
    expect(email.text).toContain("Stop everything.");
  });

  it("bounds the forwarded text", () => {
    const email = composeUnverifiedForward({
      interview,
      from: { address: "a@b.test", name: "" },
      subject: "x",
      text: "z".repeat(100_000),
      reason: "r",
      goesOn: true,
    });
    expect(email.text.length).toBeLessThan(21_000);
    expect(email.text).toContain("[...]");
  });
});
