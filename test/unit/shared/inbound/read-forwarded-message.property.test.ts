import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ParsedInboundEmail } from "../../../../shared/inbound/inbound-email.js";
import { readForwardedMessage } from "../../../../shared/inbound/read-forwarded-message.js";
import { relayedByCandidate } from "../../../../shared/inbound/relayed-by-candidate.js";

const word = fc.stringMatching(/^[a-z][a-z0-9]{0,11}$/);
const address = fc
  .tuple(word, word, fc.constantFrom("test", "example", "co.uk"))
  .map(([l, d, t]) => `${l}@${d}.${t}`);
const name = fc
  .array(fc.stringMatching(/^[A-Z][a-z]{1,9}$/), { minLength: 1, maxLength: 3 })
  .map((w) => w.join(" "));
const subject = fc
  .stringMatching(/^[A-Za-z0-9 ,.!?'-]{1,60}$/)
  .map((s) => s.trim())
  .filter((s) => s.length > 0);
const marker = fc.constantFrom(
  "---------- Forwarded message ---------",
  "Begin forwarded message:",
  "---------- Weitergeleitete Nachricht ----------",
);
/** Free text of any characters, including line breaks, markers and header-like lines. */
const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 2000 }),
  fc
    .array(fc.oneof(fc.string({ maxLength: 40 }), marker, fc.constant("From: x <a@b.cd>"), fc.constant("")), {
      maxLength: 40,
    })
    .map((lines) => lines.join("\n")),
);

const email = (from: string, text: string): ParsedInboundEmail => ({
  kind: "parsed",
  from: { address: from, name: "" },
  to: [],
  cc: [],
  subject: "Fwd: x",
  references: [],
  text,
  visibleText: text,
  tokens: [],
  reports: [],
  attachedOriginal: { messageIds: [], recipients: [] },
  signals: {
    contentType: "text/plain",
    partTypes: [],
    vendorAutoReply: [],
    listManager: [],
    xFailedRecipients: [],
  },
  sizeBytes: text.length,
});

describe("readForwardedMessage (property)", () => {
  it("never throws on any text, and what it reads is a lower-cased address and trimmed words", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const read = readForwardedMessage(text);
        if (!read) return;
        expect(read.from.address).toBe(read.from.address.toLowerCase());
        expect(read.from.address).toContain("@");
        expect(read.text).toBe(read.text.trim());
        if (read.subject !== undefined) expect(read.subject).not.toMatch(/[\r\n]/);
      }),
      { numRuns: 3000 },
    );
  });

  it("reads back the sender and subject of any forward it is given", () => {
    fc.assert(
      fc.property(marker, name, address, subject, fc.array(subject, { maxLength: 5 }), (m, n, a, s, body) => {
        const text = [
          "FYI",
          "",
          m,
          `From: ${n} <${a.toUpperCase()}>`,
          "Date: Wed, Dec 2, 2026 at 9:30 AM",
          `Subject: ${s}`,
          "",
          ...body,
        ].join("\n");
        const read = readForwardedMessage(text);
        expect(read?.from).toEqual({ address: a, name: n });
        expect(read?.subject).toBe(s);
        expect(read?.date).toBe("Wed, Dec 2, 2026 at 9:30 AM");
      }),
      { numRuns: 1000 },
    );
  });
});

describe("relayedByCandidate (property)", () => {
  it("a message not from the candidate is never read as relayed, whatever it says", () => {
    fc.assert(
      fc.property(address, anyText, (from, text) => {
        fc.pre(from !== "cara@example.com");
        expect(relayedByCandidate(email(from, text), "cara@example.com")).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
  });

  it("the candidate's relay is never read as the candidate's own message", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const relayed = relayedByCandidate(email("cara@example.com", text), "Cara@Example.com");
        if (relayed) expect(relayed.from?.address).not.toBe("cara@example.com");
      }),
      { numRuns: 2000 },
    );
  });

  it("the relayed message's date is a valid instant read from the forwarded Date line, else the forward's own", () => {
    const dateLine = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc
        .date({
          min: new Date("2000-01-01T00:00:00Z"),
          max: new Date("2099-12-31T00:00:00Z"),
          noInvalidDate: true,
        })
        .map((d) => d.toUTCString()),
    );
    fc.assert(
      fc.property(dateLine, (line) => {
        const text = `---------- Forwarded message ---------\nFrom: Rita <rita@acme.test>\nDate: ${line.replace(/[\r\n]/g, " ")}\n\nHi\n`;
        const outer = { ...email("cara@example.com", text), date: "2026-12-02T15:15:00.000Z" };
        const relayed = relayedByCandidate(outer, "cara@example.com");
        expect(relayed).toBeDefined();
        const date = relayed?.date ?? "";
        expect(Number.isNaN(Date.parse(date))).toBe(false);
        expect(new Date(date).toISOString()).toBe(date);
      }),
      { numRuns: 2000 },
    );
  });
});
