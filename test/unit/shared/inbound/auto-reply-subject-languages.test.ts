import { describe, expect, it } from "vitest";
import { classifyInboundEmail } from "../../../../shared/inbound/classify-inbound-email.js";
import { parseInboundEmail } from "../../../../shared/inbound/parse-inbound-email.js";

// Out-of-office notices in languages beyond en, de, fr, es, pt, it, nl, pl, ru, ja and zh, as a server that
// strips Auto-Submitted, X-Autoreply and Precedence delivers them: nothing but their words says they are
// automatic, and read as a person's answer they stop the chain.
async function classify(subject: string, body: string) {
  const head = [
    "From: Dana Ortiz <dana@acme.example>",
    "To: r-01jd8x3q7zb4n5m6p7r8s9t0vw-s1-8438fe25e05071c77000@reply.example.com",
    `Subject: ${subject}`,
    "Date: Tue, 1 Dec 2026 10:40:01 +0100",
    "Message-ID: <ooo@acme.example>",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
  ];
  const email = await parseInboundEmail(
    Buffer.from(`${head.join("\r\n")}\r\n\r\n${body.replace(/\n/g, "\r\n")}`),
  );
  if (email.kind !== "parsed") throw new Error(email.reason);
  return classifyInboundEmail(email);
}

describe("out-of-office subjects in more languages", () => {
  it.each([
    "Frånvarande: Thank you",
    "Inte på kontoret",
    "Fraværende",
    "Ikke på kontoret",
    "Poissa toimistolta 4.1. asti",
    "Lomalla",
    "Mimo kancelář",
    "Nepřítomnost v kanceláři",
    "Mimo kancelárie",
    "Házon kívül",
    "În afara biroului",
    "Ofis dışında",
    "Εκτός γραφείου",
    "Поза офісом",
    "부재중 알림",
    "מחוץ למשרד",
    "خارج المكتب",
    "Di luar kantor",
    "Di luar pejabat",
    "Vắng mặt khỏi văn phòng",
    "자동 답장: Thank you",
    "자동 회신: 회신: Thank you",
  ])("subject %j makes an auto_reply", async (subject) => {
    expect((await classify(subject, "Thanks for your mail.\n")).kind).toBe("auto_reply");
  });

  // Clients' localized reply prefixes: what follows is our subject, whose role or company may hold the words.
  it.each([
    "ΑΠ: Thank you for the Vacation Planner interview",
    "Vá: Thank you for the Vacation Planner interview",
    "השב: Thank you for the Vacation Planner interview",
    "BLS: Thank you for the Vacation Planner interview",
    "회신: Thank you for the Vacation Planner interview",
  ])("a person answering %j is a reply", async (subject) => {
    expect((await classify(subject, "Thanks Sam, we will decide by December 15.\n")).kind).toBe("reply");
  });
});
