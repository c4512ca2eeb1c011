import { describe, expect, it } from "vitest";
import { classifyInboundEmail } from "../../../../shared/inbound/classify-inbound-email.js";
import { parsePlainMail } from "../../../support/parse-plain-mail.js";

// Out-of-office notices in languages beyond en, de, fr, es, pt, it, nl, pl, ru, ja and zh, as a server that
// strips Auto-Submitted, X-Autoreply and Precedence delivers them: nothing but their words says they are
// automatic, and read as a person's answer they stop the chain.
const classify = async (subject: string, body: string) =>
  classifyInboundEmail(await parsePlainMail(subject, body));

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
