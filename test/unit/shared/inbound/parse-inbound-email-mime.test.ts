import { describe, expect, it } from "vitest";
import { classifyInboundEmail } from "../../../../shared/inbound/classify-inbound-email.js";
import type { InboundEmail, ParsedInboundEmail } from "../../../../shared/inbound/inbound-email.js";
import { parseInboundEmail } from "../../../../shared/inbound/parse-inbound-email.js";

// What the MIME layer must read the way mail clients do: legacy charsets (through Node's TextDecoder), RFC 2047
// encoded words, RFC 2231 parameters, nested and report multiparts, attached messages, address groups.

function parsed(email: InboundEmail): ParsedInboundEmail {
  if (email.kind !== "parsed") throw new Error(`expected a parsed message, got: ${email.reason}`);
  return email;
}

/** A message from header lines and a body given as bytes (CRLF line ends, as on the wire). */
function raw(headers: string[], body: Buffer | string): Buffer {
  const bytes = typeof body === "string" ? Buffer.from(body.replace(/\r?\n/g, "\r\n")) : body;
  return Buffer.concat([Buffer.from(`${headers.join("\r\n")}\r\n\r\n`), bytes]);
}

const HEAD = [
  "From: Jane Recruiter <jane@acme.example>",
  "To: sam@candidate.example",
  "Date: Tue, 1 Dec 2026 10:40:01 -0500",
  "Message-ID: <m1@acme.example>",
  "MIME-Version: 1.0",
];

async function parse(headers: string[], body: Buffer | string): Promise<ParsedInboundEmail> {
  return parsed(await parseInboundEmail(raw([...HEAD, ...headers], body)));
}

// "こんにちは" in ISO-2022-JP: ESC $ B, JIS X 0208 pairs, ESC ( B.
const ISO_2022_JP = Buffer.from([
  0x1b, 0x24, 0x42, 0x24, 0x33, 0x24, 0x73, 0x24, 0x4b, 0x24, 0x41, 0x24, 0x4f, 0x1b, 0x28, 0x42,
]);

describe("body charsets", () => {
  it.each([
    ["iso-2022-jp", ISO_2022_JP, "こんにちは"],
    ["gb18030", Buffer.from([0xc4, 0xe3, 0xba, 0xc3]), "你好"],
    ["koi8-r", Buffer.from([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]), "Привет"],
    ["windows-1251", Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]), "Привет"],
    ["shift_jis", Buffer.from([0x82, 0xb1, 0x82, 0xf1, 0x82, 0xc9, 0x82, 0xbf, 0x82, 0xcd]), "こんにちは"],
    ["iso-8859-2", Buffer.from([0x50, 0xf8, 0xed, 0x6c, 0x69, 0xb9]), "Příliš"],
  ])("%s", async (charset, bytes, expected) => {
    const email = await parse(
      [`Content-Type: text/plain; charset="${charset}"`],
      Buffer.concat([bytes, Buffer.from("\r\n")]),
    );
    expect(email.text.trim()).toBe(expected);
    expect(email.visibleText).toBe(expected);
  });

  it("windows-1252 (and Latin-1, which mail means by it) reads 0x80-0x9F as quotes, dashes and the euro", async () => {
    for (const charset of ["windows-1252", "iso-8859-1"]) {
      const email = await parse(
        [`Content-Type: text/plain; charset=${charset}`, "Content-Transfer-Encoding: quoted-printable"],
        "We=92re sure =96 it costs =8030 =93today=94=85\n",
      );
      expect(email.text.trim()).toBe("We’re sure – it costs €30 “today”…");
    }
  });

  it("an unknown charset label still gives the text, not an error", async () => {
    const email = await parse(["Content-Type: text/plain; charset=x-no-such-charset"], "Hello there\n");
    expect(email.text.trim()).toBe("Hello there");
  });
});

describe("RFC 2047 encoded words in headers", () => {
  it("decodes B and Q words in the subject, adjacent words joined without the space between them", async () => {
    const jp = ISO_2022_JP.toString("base64");
    const email = await parse(
      [
        `Subject: =?ISO-2022-JP?B?${jp}?= =?utf-8?Q?_and_caf=C3=A9?=`,
        "Content-Type: text/plain; charset=utf-8",
      ],
      "Hi\n",
    );
    expect(email.subject).toBe("こんにちは and café");
  });

  it("decodes a windows-1252 word with its curly quote", async () => {
    const email = await parse(["Subject: =?windows-1252?Q?We=92re_in?="], "Hi\n");
    expect(email.subject).toBe("We’re in");
  });

  it("decodes display names and keeps the address as written, lower-cased", async () => {
    const email = parsed(
      await parseInboundEmail(
        raw(
          [
            "From: =?utf-8?B?UmVuw6llIETDvGJvaXM=?= <Renee.Dubois@ACME.example>",
            "To: sam@candidate.example",
            "Subject: Hi",
          ],
          "Hi\n",
        ),
      ),
    );
    expect(email.from).toEqual({ address: "renee.dubois@acme.example", name: "Renée Dübois" });
  });

  it("an encoded word never becomes an address of its own", async () => {
    const email = await parse(["Cc: =?utf-8?Q?ceo=40bank.example?= <real@acme.example>"], "Hi\n");
    expect(email.cc).toEqual(["real@acme.example"]);
  });
});

describe("RFC 2231 parameters", () => {
  it("reads a boundary given in continuation sections", async () => {
    const email = await parse(
      ['Content-Type: multipart/mixed; boundary*0="abc"; boundary*1="def"'],
      ["--abcdef", "Content-Type: text/plain; charset=utf-8", "", "The text part.", "--abcdef--", ""].join(
        "\n",
      ),
    );
    expect(email.text.trim()).toBe("The text part.");
  });

  it("reads a charset given in the extended form", async () => {
    const email = await parse(
      ["Content-Type: text/plain; charset*=''koi8-r"],
      Buffer.from([0xe4, 0xc1, 0x0d, 0x0a]),
    );
    expect(email.text.trim()).toBe("Да");
  });
});

describe("structure", () => {
  it("nested multipart: the plain alternative is the text; attachments only give their types", async () => {
    const email = await parse(
      ['Content-Type: multipart/mixed; boundary="outer"'],
      [
        "--outer",
        'Content-Type: multipart/alternative; boundary="inner"',
        "",
        "--inner",
        "Content-Type: text/plain; charset=utf-8",
        "",
        "Plain version.",
        "--inner",
        "Content-Type: text/html; charset=utf-8",
        "",
        "<p>HTML version.</p>",
        "--inner--",
        "--outer",
        "Content-Type: application/pdf",
        "Content-Disposition: attachment; filename*=utf-8''r%C3%A9sum%C3%A9.pdf",
        "Content-Transfer-Encoding: base64",
        "",
        "JVBERi0xLjQK",
        "--outer--",
        "",
      ].join("\n"),
    );
    expect(email.text.trim()).toBe("Plain version.");
    expect(email.signals.contentType).toBe("multipart/mixed");
    expect(email.signals.partTypes).toEqual(["application/pdf"]);
  });

  it("an HTML-only message is read through htmlToPlainText: entities decoded, quotes prefixed", async () => {
    const email = await parse(
      ["Content-Type: text/html; charset=windows-1252"],
      "<div>Thanks &amp; see you Friday&#146;s call &eacute;t&eacute;.</div><blockquote>Old &lt;stuff&gt;</blockquote>\n",
    );
    expect(email.text).toBe("Thanks & see you Friday’s call été.\n\n> Old <stuff>");
    expect(email.visibleText).toBe("Thanks & see you Friday’s call été.");
  });

  it("a message forwarded inline is read into the text; one attached is only a part type", async () => {
    const forwarded = (disposition: string) =>
      parse(
        ['Content-Type: multipart/mixed; boundary="b"'],
        [
          "--b",
          "Content-Type: text/plain; charset=utf-8",
          "",
          "See below.",
          "--b",
          "Content-Type: message/rfc822",
          ...(disposition ? [`Content-Disposition: ${disposition}`] : []),
          "",
          "From: Mark <mark@acme.example>",
          "Subject: Out of office",
          "Message-ID: <inner@acme.example>",
          "",
          "I am away until Monday.",
          "--b--",
          "",
        ].join("\n"),
      );
    const inline = await forwarded("inline");
    expect(inline.text).toContain("I am away until Monday.");
    expect(inline.signals.partTypes).toContain("message/rfc822");
    expect(inline.attachedOriginal.messageIds).toEqual(["<inner@acme.example>"]);
    for (const attached of [await forwarded(""), await forwarded("attachment")]) {
      expect(attached.text.trim()).toBe("See below.");
      expect(attached.signals.partTypes).toEqual(["message/rfc822"]);
      expect(attached.attachedOriginal.messageIds).toEqual(["<inner@acme.example>"]);
    }
  });

  it("a delivery status report: report fields, the original's Message-ID and recipient, a bounce", async () => {
    const email = parsed(
      await parseInboundEmail(
        raw(
          [
            "From: Mail Delivery System <MAILER-DAEMON@mx.acme.example>",
            "To: r-01jd8x3q7zb4n5m6p7r8s9t0vw-s1-8438fe25e05071c77000@reply.example.com",
            "Subject: Undelivered Mail Returned to Sender",
            "Date: Tue, 1 Dec 2026 10:40:01 -0500",
            "Auto-Submitted: auto-replied",
            "MIME-Version: 1.0",
            'Content-Type: multipart/report; report-type="delivery-status"; boundary="r"',
          ],
          [
            "--r",
            "Content-Type: text/plain",
            "",
            "I could not deliver your message.",
            "--r",
            "Content-Type: message/delivery-status",
            "",
            "Reporting-MTA: dns; mx.acme.example",
            "",
            "Final-Recipient: rfc822; gone@acme.example",
            "Action: failed",
            "Status: 5.1.1",
            "--r",
            "Content-Type: message/rfc822",
            "Content-Disposition: inline",
            "",
            "From: Sam <sam@candidate.example>",
            "To: gone@acme.example",
            "Message-ID: <ours@mail.example>",
            "Subject: Thank you",
            "",
            "Thank you for your time.",
            "--r--",
            "",
          ].join("\n"),
        ),
      ),
    );
    expect(email.signals.contentType).toBe("multipart/report");
    expect(email.signals.reportType).toBe("delivery-status");
    expect(email.signals.partTypes).toEqual(["message/delivery-status", "message/rfc822"]);
    expect(email.reports).toHaveLength(1);
    expect(email.reports[0]).toContain("Final-Recipient: rfc822; gone@acme.example");
    // The original is evidence, not what the report says.
    expect(email.text).not.toContain("Thank you for your time.");
    expect(email.attachedOriginal).toEqual({
      messageIds: ["<ours@mail.example>"],
      recipients: ["gone@acme.example"],
    });
    const result = classifyInboundEmail(email);
    expect(result.kind).toBe("bounce");
    expect(result.bouncedRecipients.map((r) => r.address)).toEqual(["gone@acme.example"]);
  });
});

describe("a delivery report whose boundary is missing or wrong", () => {
  const dsn = (contentType: string, fields = true) =>
    raw(
      [
        "From: Mail Delivery System <MAILER-DAEMON@mx.example>",
        "To: r-01jd8x3q7zb4n5m6p7r8s9t0vw-s1-8438fe25e05071c77000@reply.example.com",
        "Subject: Undelivered Mail Returned to Sender",
        "MIME-Version: 1.0",
        `Content-Type: ${contentType}`,
      ],
      [
        "--ABC123",
        "Content-Type: text/plain; charset=us-ascii",
        "",
        "This is the mail system at host mx.example.",
        "",
        "<jane@acme.example>: host mx.acme.example said: 550 5.1.1 User unknown",
        "",
        ...(fields
          ? [
              "--ABC123",
              "Content-Type: message/delivery-status",
              "",
              "Reporting-MTA: dns; mx.example",
              "",
              "Final-Recipient: rfc822; jane@acme.example",
              "Action: failed",
              "Status: 5.1.1",
              "",
            ]
          : []),
        "--ABC123",
        "Content-Type: message/rfc822",
        "",
        "From: Sam <sam@candidate.example>",
        "To: jane@acme.example, bob@acme.example",
        "Subject: Thank you",
        "",
        "Final-Recipient: rfc822; bob@acme.example",
        "bob@acme.example: quoted in the original",
        "--ABC123--",
        "",
      ].join("\n"),
    );

  it.each([
    ["no boundary parameter", "multipart/report; report-type=delivery-status"],
    ["a boundary the body does not use", 'multipart/report; report-type=delivery-status; boundary="XYZ"'],
  ])("%s: the report is read from the raw body, above the returned original", async (_, contentType) => {
    for (const fields of [true, false]) {
      const email = parsed(await parseInboundEmail(dsn(contentType, fields)));
      expect(email.text).not.toContain("quoted in the original");
      const result = classifyInboundEmail(email);
      expect(result).toMatchObject({ kind: "bounce", permanent: true });
      expect(result.bouncedRecipients.map((r) => r.address)).toEqual(["jane@acme.example"]);
    }
  });

  it("a person's multipart/alternative with a broken boundary is not read raw", async () => {
    const email = await parse(
      ['Content-Type: multipart/alternative; boundary="XYZ"'],
      "--ABC\nContent-Type: text/html\n\n<p>I am out of the office</p>\n--ABC--\n",
    );
    expect(email.text).toBe("");
  });
});

describe("threading headers", () => {
  it("Message-ID and In-Reply-To get their angle brackets; References from every header, in order", async () => {
    const email = parsed(
      await parseInboundEmail(
        raw(
          [
            "From: jane@acme.example",
            "To: sam@candidate.example",
            "Subject: Re: Hi",
            "Message-ID: bare@acme.example",
            "In-Reply-To: ours-1@mail.example",
            "References: <ours-0@mail.example>",
            "\t<ours-1@mail.example>",
            "References: extra@mail.example",
          ],
          "Hi\n",
        ),
      ),
    );
    expect(email.messageId).toBe("<bare@acme.example>");
    expect(email.inReplyTo).toBe("<ours-1@mail.example>");
    expect(email.references).toEqual([
      "<ours-0@mail.example>",
      "<ours-1@mail.example>",
      "<extra@mail.example>",
    ]);
  });

  it("no threading headers: undefined ids and an empty References list", async () => {
    const email = parsed(await parseInboundEmail(raw(["From: jane@acme.example", "Subject: Hi"], "Hi\n")));
    expect(email.messageId).toBeUndefined();
    expect(email.inReplyTo).toBeUndefined();
    expect(email.references).toEqual([]);
  });
});

describe("address lists", () => {
  it("reads group members, every To header, and an empty group as nobody", async () => {
    const email = await parse(
      [
        'Cc: Hiring Team: a@acme.example, "B, Person" <B@acme.example>;, c@acme.example',
        "Bcc: undisclosed-recipients:;",
        "To: second-to@acme.example",
      ],
      "Hi\n",
    );
    expect(email.cc).toEqual(["a@acme.example", "b@acme.example", "c@acme.example"]);
    expect(email.to).toEqual(["sam@candidate.example", "second-to@acme.example"]);
  });

  it("finds a reply token inside a group", async () => {
    const token = "r-01jd8x3q7zb4n5m6p7r8s9t0vw-s1-8438fe25e05071c77000";
    const email = parsed(
      await parseInboundEmail(
        raw(["From: jane@acme.example", `To: Team: <${token}@reply.example.com>;`, "Subject: Re"], "Hi\n"),
        { replyDomain: "reply.example.com" },
      ),
    );
    expect(email.tokens).toEqual([token]);
  });
});

describe("hostile structure is rejected with a reason", () => {
  it("thousands of parts: rejected before they are read; a thousand still parse", async () => {
    const parts = (n: number) =>
      parseInboundEmail(
        raw([...HEAD, 'Content-Type: multipart/mixed; boundary="b"'], `${"--b\n\nx\n".repeat(n)}--b--\n`),
      );
    const many = await parts(5000);
    expect(many.kind).toBe("rejected");
    expect(many.kind === "rejected" && many.reason).toMatch(/^too many MIME parts/);
    expect((await parts(1000)).kind).toBe("parsed");
  });

  it("multiparts nested hundreds deep: rejected as unreadable", async () => {
    const body = Array.from(
      { length: 300 },
      (_, i) => `--b${i}\nContent-Type: multipart/mixed; boundary=b${i + 1}\n\n`,
    ).join("");
    const email = await parseInboundEmail(raw([...HEAD, "Content-Type: multipart/mixed; boundary=b0"], body));
    expect(email.kind).toBe("rejected");
    expect(email.kind === "rejected" && email.reason).toMatch(/^unreadable MIME: .*nesting/);
  });
});
