import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { interviewBody } from "../support/interview-body.js";
import { type SentEmail, startHarness } from "../support/local-stack-harness.js";

let h: Awaited<ReturnType<typeof startHarness>>;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

type StepView = { id: string; kind: string; status: string; sendAt: string; phase: string };

/** A raw message over the local SMTP listener, exactly as given: no Date header unless it has one. */
async function sendRaw(from: string, to: string, raw: string) {
  const transport = nodemailer.createTransport({
    host: "127.0.0.1",
    port: h.stack.smtpPort,
    secure: false,
    ignoreTLS: true,
  });
  await transport.sendMail({ envelope: { from, to: [to] }, raw });
}

describe("the README's reply example after the clock moved on", () => {
  it("a decision date already past plans nothing, and the forward says what was read and why", async () => {
    const token = await h.token("sam");
    const created = await h.api("POST", "/interviews", {
      token,
      body: interviewBody(h.stack.clock.now(), { candidate: { name: "Sam Lee", email: "sam@example.com" } }),
    });
    expect(created.status).toBe(201);
    const thankYou = created.json.steps.find((s: StepView) => s.kind === "thank_you") as StepView;
    await h.api("POST", "/_local/clock", {
      body: { to: new Date(Date.parse(thankYou.sendAt) + 60_000).toISOString() },
    });
    const sent = (await h.sentEmails()).find((e) =>
      e.destination.to.some((t) => t.includes("dana@acme.example")),
    ) as SentEmail | undefined;
    const replyTo = sent?.replyTo[0] ?? "";
    expect(replyTo, "the thank-you went out with a reply address").toMatch(/^r-.+@/);

    expect((await h.advance("P30D")).status).toBe(200);
    // "December 15" in the README, read a month on: a date some two weeks behind the clock, without a year.
    const now = h.stack.clock.now();
    const past = new Date(now.getTime() - 16 * 86_400_000);
    const said = past.toLocaleDateString("en-US", { month: "long", day: "numeric", timeZone: "UTC" });
    const iso = past.toISOString().slice(0, 10);
    await sendRaw(
      "priya@acme.example",
      replyTo,
      `From: Priya Shah <priya@acme.example>\r\nTo: ${replyTo}\r\nSubject: Re: your interview\r\n\r\nThanks Sam! We will decide by ${said}.\r\n`,
    );

    const after = (await h.api("GET", `/interviews/${created.json.id}`, { token })).json;
    expect(after.status).toBe("replied");
    expect(after.steps.filter((s: StepView) => s.phase === "after_reply")).toEqual([]);
    expect(after.steps.filter((s: StepView) => s.status === "scheduled")).toEqual([]);

    const forwarded = (await h.sentEmails()).find((e) => e.subject.startsWith("Reply from Priya Shah"));
    expect(forwarded, "the reply was forwarded to the candidate").toBeDefined();
    expect(forwarded?.body.text).toContain(
      `They mention a decision by "${said}", read as ${iso}: a date already past, so no check-in is planned.`,
    );
  });
});

describe("remind mode: the interview's own address", () => {
  it("a reminder's draft shows it, and the contact's reply the candidate forwards there stops the chain", async () => {
    const token = await h.token("rae");
    const created = await h.api("POST", "/interviews", {
      token,
      body: interviewBody(h.stack.clock.now(), {
        mode: "remind",
        candidate: { name: "Rae Kim", email: "rae@example.com" },
      }),
    });
    expect(created.status).toBe(201);
    const first = created.json.steps.find((s: StepView) => s.kind === "thank_you") as StepView;
    await h.api("POST", "/_local/clock", {
      body: { to: new Date(Date.parse(first.sendAt) + 60_000).toISOString() },
    });
    const reminder = (await h.sentEmails()).find(
      (e) =>
        e.destination.to.some((t) => t.includes("rae@example.com")) &&
        /\bi-[0-9a-z]{26}-/.test(e.body.text ?? ""),
    );
    const address = /\b(i-[0-9a-z]{26}-[0-9a-f]{20}@[^\s:]+)/.exec(reminder?.body.text ?? "")?.[1] ?? "";
    expect(address, "the reminder's draft names the interview's address").not.toBe("");
    expect(reminder?.body.text).toContain(`Cc ${address} when you send it`);

    await sendRaw(
      "rae@example.com",
      address,
      [
        "From: Rae Kim <rae@example.com>",
        `To: ${address}`,
        "Subject: Fwd: Re: Thank you",
        "",
        "---------- Forwarded message ---------",
        "From: Dana Ortiz <dana@acme.example>",
        "Subject: Re: Thank you",
        "To: Rae Kim <rae@example.com>",
        "",
        "Thanks Rae, it was a pleasure. We'll be in touch.",
        "",
      ].join("\r\n"),
    );

    const after = (await h.api("GET", `/interviews/${created.json.id}`, { token })).json;
    expect(after.status).toBe("replied");
    expect(after.steps.filter((s: StepView) => s.status === "scheduled")).toEqual([]);
    const received = after.events.find((e: { type: string }) => e.type === "reply.received");
    expect(received.detail).toContain("dana@acme.example> (forwarded by the candidate)");
  });
});
