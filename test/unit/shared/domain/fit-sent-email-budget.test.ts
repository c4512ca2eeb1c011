import { describe, expect, it } from "vitest";
import type { EmailAsSent } from "../../../../shared/domain/email-as-sent.js";
import { fitSentEmailBudget } from "../../../../shared/domain/fit-sent-email-budget.js";
import type { Interview } from "../../../../shared/domain/interview.js";
import { createInterview } from "../../../../shared/use-cases/create-interview.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { interviewDetails, testDeps } from "../../../support/test-deps.js";

useFixedSystemTime();

const record = (text: string): EmailAsSent => ({ to: "ann@acme.test", subject: "Thanks", text });

/** A registered interview whose first step already keeps `earlier` as sent; the second step's id. */
async function withOneSent(earlier: EmailAsSent): Promise<{ interview: Interview; next: string }> {
  const created = await createInterview(testDeps(), { owner: "user-1", details: interviewDetails() });
  const [a, b] = created.steps;
  if (!a || !b) throw new Error("expected two steps");
  const steps = created.steps.map((s) =>
    s.id === a.id ? { ...s, status: "sent" as const, sentEmail: earlier } : s,
  );
  return { interview: { ...created, steps }, next: b.id };
}

describe("fitSentEmailBudget", () => {
  it("keeps a record that fits what the other sent emails leave", async () => {
    const { interview, next } = await withOneSent(record("a".repeat(50)));
    expect(fitSentEmailBudget(interview, next, record("hello"), 100)).toEqual(record("hello"));
  });

  it("cuts the text to the bytes left, and flags it", async () => {
    // Used: 13 + 6 + 50 = 69 bytes; left for this text: 100 - 69 - 19 = 12.
    const { interview, next } = await withOneSent(record("a".repeat(50)));
    expect(fitSentEmailBudget(interview, next, record("b".repeat(40)), 100)).toEqual({
      ...record("b".repeat(12)),
      truncated: true,
    });
  });

  it("never cuts a character in two bytes-wise", async () => {
    const { interview, next } = await withOneSent(record("a".repeat(50)));
    // "é" is 2 bytes: 6 fit in 12.
    expect(fitSentEmailBudget(interview, next, record("é".repeat(40)), 100).text).toBe("é".repeat(6));
  });

  it("keeps To and Subject with an empty text when nothing is left", async () => {
    const { interview, next } = await withOneSent(record("a".repeat(200)));
    expect(fitSentEmailBudget(interview, next, record("late"), 100)).toEqual({
      ...record(""),
      truncated: true,
    });
  });

  it("does not count the step's own earlier record against it", async () => {
    const { interview } = await withOneSent(record("a".repeat(80)));
    const own = interview.steps[0]?.id ?? "";
    expect(fitSentEmailBudget(interview, own, record("a".repeat(80)), 100).truncated).toBeUndefined();
  });
});
