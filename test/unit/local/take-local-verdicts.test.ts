import { describe, expect, it } from "vitest";
import { takeLocalVerdicts } from "../../../local/take-local-verdicts.js";

const message = (headers: string, body = "Hello\r\n\r\nX-Local-Verdicts: spf=fail\r\n") =>
  Buffer.from(`${headers}\r\n${body}`, "latin1");

describe("takeLocalVerdicts", () => {
  it("reads the verdicts and removes the field, keeping every other byte", () => {
    const raw = message(
      "From: a@b.test\r\nX-Local-Verdicts: spf=fail; DKIM=Fail;\r\n dmarc=gray\r\nSubject: caf\xe9\r\n",
    );
    const taken = takeLocalVerdicts(raw);
    expect(taken).toEqual({
      raw: message("From: a@b.test\r\nSubject: caf\xe9\r\n"),
      verdicts: { spf: "FAIL", dkim: "FAIL", dmarc: "GRAY" },
    });
  });

  it("removes it when it is the last header field, and ignores the same text in the body", () => {
    const taken = takeLocalVerdicts(
      message("From: a@b.test\r\nx-local-verdicts: dmarc=processing_failed\r\n"),
    );
    expect(taken).toEqual({ raw: message("From: a@b.test\r\n"), verdicts: { dmarc: "PROCESSING_FAILED" } });
  });

  it("hands a message without the field over as it is", () => {
    const raw = message("From: a@b.test\r\n");
    expect(takeLocalVerdicts(raw)).toEqual({ raw, verdicts: {} });
  });

  it.each([
    ["spf=maybe", /spf must be pass, fail, gray or processing_failed, not "maybe"/],
    ["arc=fail", /unknown check "arc"/],
  ])("refuses %s, naming the problem", (value, problem) => {
    const taken = takeLocalVerdicts(message(`From: a@b.test\r\nX-Local-Verdicts: ${value}\r\n`));
    expect(taken).toEqual({ error: expect.stringMatching(problem) });
  });
});
