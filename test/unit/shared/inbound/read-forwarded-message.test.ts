import { describe, expect, it } from "vitest";
import { parseInboundEmail } from "../../../../shared/inbound/parse-inbound-email.js";
import { readForwardedMessage } from "../../../../shared/inbound/read-forwarded-message.js";
import { relayedByCandidate } from "../../../../shared/inbound/relayed-by-candidate.js";
import { rawEmail } from "../../../support/raw-email.js";

describe("readForwardedMessage", () => {
  it("reads Gmail's forward: the sender, the date as written and the words without their own history", () => {
    const text = [
      "See below",
      "",
      "---------- Forwarded message ---------",
      "From: Priya Shah <Priya@Acme.example>",
      "Date: Tue, Dec 1, 2026 at 9:30 AM",
      "Subject: Re: your interview",
      "To: Sam Lee <sam@example.com>",
      "",
      "Thanks Sam! We will decide by December 15.",
      "",
      "On Mon, Nov 30, 2026 at 5:00 PM Sam Lee <sam@example.com> wrote:",
      "> Thank you for your time",
    ].join("\n");
    expect(readForwardedMessage(text)).toEqual({
      from: { address: "priya@acme.example", name: "Priya Shah" },
      date: "Tue, Dec 1, 2026 at 9:30 AM",
      subject: "Re: your interview",
      text: "Thanks Sam! We will decide by December 15.",
    });
  });

  it("reads Apple Mail's forward and Outlook's mailto form", () => {
    expect(
      readForwardedMessage(
        'Begin forwarded message:\n\nFrom: "Priya Shah" <priya@acme.example>\nSubject: Re: hi\nDate: 1 December 2026\n\nSoon!\n',
      )?.from,
    ).toEqual({ address: "priya@acme.example", name: "Priya Shah" });
    expect(
      readForwardedMessage(
        "---------- Weitergeleitete Nachricht ----------\nVon: Priya Shah [mailto:priya@acme.example]\n\nBald.\n",
      ),
    ).toMatchObject({ from: { address: "priya@acme.example" }, text: "Bald." });
  });

  it.each([
    ["no forward", "Thanks Priya!\n\nOn Tue, Priya wrote:\n> soon"],
    ["a forward naming no sender address", "---------- Forwarded message ---------\nFrom: Priya\n\nHi"],
  ])("is undefined for %s", (_, text) => {
    expect(readForwardedMessage(text)).toBeUndefined();
  });
});

describe("relayedByCandidate", () => {
  const forward = (from: string, body: string, date = "Wed, 2 Dec 2026 10:15:00 -0500") =>
    parseInboundEmail(rawEmail({ from, to: "i-x@reply.example.com", date, body }), {});

  it("is the forwarded message, read from the forwarded Date line", async () => {
    const email = await forward(
      "Sam Lee <SAM@example.com>",
      "---------- Forwarded message ---------\nFrom: Priya Shah <priya@acme.example>\nDate: Tue, Nov 24, 2026 at 9:30 AM\n\nWe will decide by Friday.\n",
    );
    if (email.kind !== "parsed") throw new Error("not parsed");
    const relayed = relayedByCandidate(email, "sam@example.com");
    expect(relayed?.from).toEqual({ address: "priya@acme.example", name: "Priya Shah" });
    expect(relayed?.visibleText).toBe("We will decide by Friday.");
    expect(relayed?.date?.slice(0, 10)).toBe("2026-11-24");
    expect(relayed?.messageId).toBe(email.messageId);
  });

  it.each([
    [
      "a message from someone else",
      "Priya Shah <priya@acme.example>",
      "---------- Forwarded message ---------\nFrom: Ann <ann@acme.example>\n\nHi\n",
    ],
    ["the candidate's own message", "Sam Lee <sam@example.com>", "Hi Priya, any news?\n"],
    [
      "the candidate forwarding their own mail",
      "Sam Lee <sam@example.com>",
      "---------- Forwarded message ---------\nFrom: Sam Lee <sam@example.com>\n\nHi\n",
    ],
  ])("is undefined for %s", async (_, from, body) => {
    const email = await forward(from, body);
    if (email.kind !== "parsed") throw new Error("not parsed");
    expect(relayedByCandidate(email, "sam@example.com")).toBeUndefined();
  });
});
