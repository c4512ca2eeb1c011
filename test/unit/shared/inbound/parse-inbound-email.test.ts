import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { classifyInboundEmail } from "../../../../shared/inbound/classify-inbound-email.js";
import type { InboundEmail, ParsedInboundEmail } from "../../../../shared/inbound/inbound-email.js";
import { parseInboundEmail } from "../../../../shared/inbound/parse-inbound-email.js";

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), "../../../fixtures/inbound");
const T1 = "r-01jd8x3q7zb4n5m6p7r8s9t0vw-s1-8438fe25e05071c77000";
const T2 = "r-01jd8x3q7zb4n5m6p7r8s9t0vw-s2-6076306871f396110597";
const T3 = "r-01jd9a1b2c3d4e5f6g7h8j9k0m-s3-3644323b9633865c2809";
const OUR_ID_1 = "<0100018c1a2b3c4d-5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9-000000@email.amazonses.com>";

async function fixture(name: string, domain = "reply.example.com"): Promise<InboundEmail> {
  return parseInboundEmail(readFileSync(path.join(fixtures, name)), { replyDomain: domain });
}

function parsed(email: InboundEmail): ParsedInboundEmail {
  if (email.kind !== "parsed") throw new Error(`expected a parsed message, got: ${email.reason}`);
  return email;
}

/** A minimal message from header lines and a body. */
function message(headers: string[], body = "Thanks, talk soon.\n"): Buffer {
  return Buffer.from(`${headers.join("\r\n")}\r\n\r\n${body.replace(/\n/g, "\r\n")}`);
}

const BASE = [
  "From: Jane Recruiter <jane@acme.example>",
  "Subject: Re: Thank you",
  "Date: Tue, 1 Dec 2026 10:40:01 -0500",
  "Message-ID: <abc@acme.example>",
  "MIME-Version: 1.0",
  "Content-Type: text/plain; charset=utf-8",
];

describe("parseInboundEmail on hand-written client fixtures", () => {
  const cases: Array<{ file: string; kind: string; token: string; visible: string }> = [
    {
      file: "gmail-top-posted.eml",
      kind: "reply",
      token: T1,
      visible:
        "Hi Sam,\n\nThanks so much for the note, it was great meeting you too. The team enjoyed the\nconversation and we are collecting feedback this week.\n\nBest,\nJane",
    },
    {
      file: "outlook-html-only.eml",
      kind: "reply",
      token: T2,
      // One line, as the HTML has it: no converter wraps it at 80 columns.
      visible:
        "Hi Sam,\n\nThank you & likewise. Could you send over two times that work for a follow-up call with our CTO?\n\nThanks,\n\nMark",
    },
    {
      file: "outlook-windows-1252-qp.eml",
      kind: "reply",
      token: T1,
      visible:
        "Hello Sam,\n\nThanks for your message. We’re still meeting other candidates for the rôle, so it’ll be a little while.",
    },
    {
      file: "apple-mail-base64.eml",
      kind: "reply",
      token: T1,
      visible: "Hi Sam,\n\nGreat to meet you! I passed your notes on to Jürgen, who leads the platform team.",
    },
    { file: "iphone-mobile.eml", kind: "reply", token: T1, visible: "Sounds good, talk soon!" },
    {
      file: "bottom-posted.eml",
      kind: "reply",
      token: T1,
      visible: "You are welcome. We will send you the take-home exercise tomorrow.\nSo did we.",
    },
    {
      file: "forwarded.eml",
      kind: "reply",
      token: T1,
      visible: "Adding Priya, who will schedule your next round.",
    },
    {
      file: "decision-date-latin1.eml",
      kind: "reply",
      token: T3,
      visible:
        "Hi Sam,\n\nThanks again for coming in. We are finishing the last interviews this week, and we expect to make a decision by December 15.",
    },
    {
      file: "outlook-out-of-office.eml",
      kind: "auto_reply",
      token: T2,
      visible:
        "Thank you for your email. I am out of the office with limited access to email. I will be back on Monday, December 7.\n\nFor urgent matters please contact recruiting@acme.example.",
    },
    {
      file: "gmail-vacation.eml",
      kind: "auto_reply",
      token: T1,
      visible:
        "Hi,\n\nI'm on vacation until Jan 4th with no access to email. I'll reply when I'm back.\n\nJane",
    },
  ];

  it.each(cases)(
    "$file is a $kind with its visible text and token",
    async ({ file, kind, token, visible }) => {
      const email = parsed(await fixture(file));
      expect(classifyInboundEmail(email).kind).toBe(kind);
      expect(email.visibleText).toBe(visible);
      expect(email.tokens).toEqual([token]);
    },
  );

  it("decodes charsets and encoded words in headers", async () => {
    const win = parsed(await fixture("outlook-windows-1252-qp.eml"));
    expect(win.from).toEqual({ address: "renee.dubois@acme.example", name: "Renée Dubois" });
    const latin = parsed(await fixture("decision-date-latin1.eml"));
    expect(latin.subject).toBe("Re: Próximos pasos");
    expect(latin.from?.name).toBe("José García");
  });

  it("keeps a From address as written, source route and quotes included, for senderTrust to judge", async () => {
    const from = async (value: string) =>
      parsed(await parseInboundEmail(message([`From: ${value}`, ...BASE.slice(1)]))).from?.address;
    // Not read as dana@acme.example: the route stays, so the sender is not taken for a colleague there.
    expect(await from("Dana <@evil.example:dana@acme.example>")).toBe("@evil.example:dana@acme.example");
    expect(await from('<"dana smith"@acme.example>')).toBe('"dana smith"@acme.example');
    expect(await from("Dana <Dana+Jobs@ACME.example>")).toBe("dana+jobs@acme.example");
  });

  it("reads threading headers, references always an array", async () => {
    const gmail = parsed(await fixture("gmail-top-posted.eml"));
    expect(gmail.messageId).toBe("<CAJx7r2F5o+Qm1nR8kT0pYcA3bZ9@mail.gmail.com>");
    expect(gmail.inReplyTo).toBe(OUR_ID_1);
    expect(gmail.references).toEqual([OUR_ID_1]);
    expect(gmail.date).toBe("2026-12-01T15:40:01.000Z");
    const apple = parsed(await fixture("apple-mail-base64.eml"));
    expect(apple.references).toEqual(["<CAJx7r2F5o+Qm1nR8kT0pYcA3bZ9@mail.gmail.com>", OUR_ID_1]);
    const forwarded = parsed(await fixture("forwarded.eml"));
    expect(forwarded.references).toEqual([]);
    expect(forwarded.inReplyTo).toBeUndefined();
  });

  it("keeps the whole text beside the visible part", async () => {
    const gmail = parsed(await fixture("gmail-top-posted.eml"));
    expect(gmail.text).toContain("> Thank you for taking the time");
    expect(gmail.to).toEqual([`${T1}@reply.example.com`]);
    expect(gmail.cc).toEqual(["sam@candidate.example"]);
  });

  it("reads SES verdicts and DMARC from headers", async () => {
    const gmail = parsed(await fixture("gmail-top-posted.eml"));
    expect(gmail.signals).toMatchObject({ spamVerdict: "PASS", virusVerdict: "PASS", dmarcVerdict: "pass" });
  });
});

describe("reply tokens", () => {
  const other = "r-01jd9a1b2c3d4e5f6g7h8j9k0m-s12-0123456789abcdef0123";

  it("are found in To, Cc, Delivered-To and X-Original-To, lower-cased, in that order, once each", async () => {
    const email = parsed(
      await parseInboundEmail(
        message([
          ...BASE,
          "To: Sam <sam@candidate.example>",
          `Cc: "Sam" <${T1.toUpperCase()}@Reply.Example.com>`,
          `Delivered-To: ${other}@reply.example.com`,
          `X-Original-To: ${T1}@reply.example.com`,
          `X-Original-To: ${T2}@reply.example.com`,
        ]),
        { replyDomain: "reply.example.com" },
      ),
    );
    expect(email.tokens).toEqual([T1, other, T2]);
  });

  it("only at the reply domain when one is given; anywhere otherwise", async () => {
    const raw = message([...BASE, `To: ${T1}@elsewhere.example`, `Cc: ${T2}@reply.example.com`]);
    expect(parsed(await parseInboundEmail(raw, { replyDomain: "reply.example.com" })).tokens).toEqual([T2]);
    expect(parsed(await parseInboundEmail(raw, {})).tokens).toEqual([T1, T2]);
  });

  it("ignore look-alikes: wrong shape, display names, From and Reply-To", async () => {
    const email = parsed(
      await parseInboundEmail(
        message([
          ...BASE.filter((h) => !h.startsWith("From:")),
          `From: ${T1}@reply.example.com`,
          `Reply-To: ${T2}@reply.example.com`,
          `To: "${T3}@reply.example.com" <sam@candidate.example>`,
          "Cc: r-01jd9a1b2c3d4e5f6g7h8j9k0m-s3-xyz@reply.example.com, r-short-s1-0123456789abcdef0123@reply.example.com",
        ]),
        { replyDomain: "reply.example.com" },
      ),
    );
    expect(email.tokens).toEqual([]);
  });
});

describe("references", () => {
  it("one reference becomes a one-element array; several, folded, become an array", async () => {
    const one = parsed(await parseInboundEmail(message([...BASE, "References: <a@x>"])));
    expect(one.references).toEqual(["<a@x>"]);
    const many = parsed(
      await parseInboundEmail(message([...BASE, "References: <a@x>\r\n <b@y>\r\n\t<c@z>"])),
    );
    expect(many.references).toEqual(["<a@x>", "<b@y>", "<c@z>"]);
    const none = parsed(await parseInboundEmail(message(BASE)));
    expect(none.references).toEqual([]);
  });
});

describe("garbage is rejected with a reason, never thrown", () => {
  it.each([
    ["empty.eml", /empty/],
    ["truncated-headers.eml", /truncated/],
    ["binary-junk.eml", /not a MIME message/],
  ])("%s", async (file, reason) => {
    const email = await fixture(file);
    expect(email).toMatchObject({ kind: "rejected", reason: expect.stringMatching(reason) });
    expect(classifyInboundEmail(email).kind).toBe("rejected");
  });

  it("whitespace only is empty", async () => {
    expect(await parseInboundEmail(Buffer.from("\r\n \r\n\t"))).toMatchObject({
      kind: "rejected",
      reason: "empty message",
    });
  });

  it("plain prose is not a message", async () => {
    const email = await parseInboundEmail(Buffer.from("hello there, this is not mail\n\nat all\n"));
    expect(email).toMatchObject({ kind: "rejected", reason: expect.stringMatching(/not a MIME message/) });
  });

  it("header-shaped lines that are no known field are not a message", async () => {
    const email = await parseInboundEmail(Buffer.from("foo: bar\nbaz: qux\n\nbody\n"));
    expect(email).toMatchObject({ kind: "rejected", reason: expect.stringMatching(/no standard header/) });
  });

  it("input over maxBytes is rejected unread", async () => {
    const raw = message(BASE, "x".repeat(5000));
    expect(await parseInboundEmail(raw, { maxBytes: 4096 })).toMatchObject({
      kind: "rejected",
      reason: expect.stringMatching(/too large/),
      sizeBytes: raw.length,
    });
  });

  it("an mbox From_ line before the headers is skipped", async () => {
    const raw = Buffer.concat([
      Buffer.from("From jane@acme.example Tue Dec  1 10:40:01 2026\n"),
      message(BASE),
    ]);
    expect(parsed(await parseInboundEmail(raw)).subject).toBe("Re: Thank you");
  });

  it("a broken multipart still parses to something", async () => {
    const raw = message(
      [...BASE.slice(0, -1), 'Content-Type: multipart/mixed; boundary="nope"'],
      "--nope\nContent-Type: text/plain\n\nhalf a part and no end",
    );
    const email = parsed(await parseInboundEmail(raw));
    expect(email.visibleText).toBe("half a part and no end");
  });
});

describe("receipt verdicts", () => {
  it("override the X-SES headers", async () => {
    const raw = message([...BASE, "X-SES-Spam-Verdict: PASS"]);
    const email = parsed(
      await parseInboundEmail(raw, { verdicts: { spam: "fail", dmarc: "FAIL", dmarcPolicy: "REJECT" } }),
    );
    expect(email.signals).toMatchObject({ spamVerdict: "FAIL", dmarcVerdict: "fail", dmarcPolicy: "reject" });
  });

  it("DMARC policy is read from Authentication-Results when given", async () => {
    const raw = message([
      ...BASE,
      "Authentication-Results: mx.example; dkim=none; dmarc=fail (p=REJECT sp=REJECT dis=NONE) header.from=acme.example",
    ]);
    expect(parsed(await parseInboundEmail(raw)).signals).toMatchObject({
      dmarcVerdict: "fail",
      dmarcPolicy: "reject",
    });
  });
});
