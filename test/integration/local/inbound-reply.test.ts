import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../../local/repo-root.js";
import { interviewBody } from "../support/interview-body.js";
import { type SentEmail, startHarness } from "../support/local-stack-harness.js";

let h: Awaited<ReturnType<typeof startHarness>>;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

type StepView = { id: string; kind: string; status: string; sendAt: string; to: { email: string } };

async function registerAndSendThankYou(user: string, candidateEmail: string) {
  const token = await h.token(user);
  const created = await h.api("POST", "/interviews", {
    token,
    body: interviewBody(h.stack.clock.now(), { candidate: { name: "Sam Lee", email: candidateEmail } }),
  });
  expect(created.status).toBe(201);
  const thankYou = created.json.steps.find((s: StepView) => s.kind === "thank_you") as StepView;
  await h.api("POST", "/_local/clock", {
    body: { to: new Date(Date.parse(thankYou.sendAt) + 60_000).toISOString() },
  });
  const email = (await h.sentEmails()).find(
    (e) =>
      e.destination.to.some((t) => t.includes("dana@acme.example")) &&
      e.destination.cc.some((c) => c.includes(candidateEmail)),
  ) as SentEmail;
  expect(email, "the thank-you went out").toBeDefined();
  return { token, interview: created.json, email };
}

async function reply(options: Parameters<ReturnType<typeof nodemailer.createTransport>["sendMail"]>[0]) {
  const transport = nodemailer.createTransport({
    host: "127.0.0.1",
    port: h.stack.smtpPort,
    secure: false,
    ignoreTLS: true,
  });
  await transport.sendMail(options);
}

describe("a reply by email, end to end on the local stack", () => {
  it("stops the chain, forwards the reply to the candidate, and nothing more is sent", async () => {
    const { token, interview, email } = await registerAndSendThankYou("sam", "sam@example.com");
    await reply({
      from: "Dana Ortiz <dana@acme.example>",
      to: email.replyTo[0],
      subject: `Re: ${email.subject}`,
      text: "Thanks Sam, it was great talking to you. We'll be in touch soon.\n\nOn Tue, Dana wrote:\n> Thank you for taking the time",
    });

    const after = (await h.api("GET", `/interviews/${interview.id}`, { token })).json;
    expect(after.status).toBe("replied");
    expect(after.steps.filter((s: StepView) => s.status === "scheduled")).toEqual([]);
    const received = after.events.find((e: { type: string }) => e.type === "reply.received");
    expect(received.detail).toContain("it was great talking to you");
    expect(received.detail).not.toContain("> Thank you for taking the time");

    const forwarded = (await h.sentEmails()).find((e) => e.subject.startsWith("Reply from Dana Ortiz"));
    expect(forwarded?.destination.to).toEqual(['"Sam Lee" <sam@example.com>']);
    expect(forwarded?.replyTo).toEqual(["dana@acme.example"]);

    const before = (await h.sentEmails()).length;
    await h.advance("P60D");
    const later = (await h.sentEmails()).slice(before);
    expect(later.filter((e) => JSON.stringify(e).includes("sam@example.com"))).toEqual([]);
  });

  it("a reply that lost its Reply-To token is matched by the Message-ID it quotes (indexed from SES's Send event)", async () => {
    const { token, interview, email } = await registerAndSendThankYou("tia", "tia@example.com");
    // The Message-ID SES wrote on the thank-you; the reply goes to an address of our domain with no token.
    const sentId = `<${email.messageId}@email.amazonses.com>`;
    await reply({
      from: "Dana Ortiz <dana@acme.example>",
      to: "replies@reply.followup.local",
      subject: `Re: ${email.subject}`,
      inReplyTo: sentId,
      references: [sentId],
      text: "Thanks Tia, we will get back to you next week.",
    });

    const after = (await h.api("GET", `/interviews/${interview.id}`, { token })).json;
    expect(after.status).toBe("replied");
    expect(after.steps.filter((s: StepView) => s.status === "scheduled")).toEqual([]);
  });

  it("ignores a forged token, and a valid token stops only the chain it names", async () => {
    const a = await registerAndSendThankYou("ana", "ana@example.com");
    const b = await registerAndSendThankYou("bob", "bob@example.com");
    const forged = a.email.replyTo[0]?.replace(
      /-([0-9a-f]{20})@/,
      (_m, sig: string) => `-${[...sig].reverse().join("")}@`,
    );
    expect(forged).not.toBe(a.email.replyTo[0]);
    await reply({ from: "dana@acme.example", to: forged, subject: "Re: hello", text: "Please stop." });
    expect((await h.api("GET", `/interviews/${a.interview.id}`, { token: a.token })).json.status).toBe(
      "active",
    );

    // The operator sees it, with its reason, in the inbound log.
    const { stdout } = await promisify(execFile)(
      join(REPO_ROOT, "node_modules", ".bin", "tsx"),
      ["cli/main.ts", "inbound", "log", "--local", "--json"],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, DYNAMODB_PORT: new URL(h.stack.dynamoUrl).port, FOLLOWUP_DATA_DIR: h.dataDir },
      },
    );
    expect(JSON.parse(stdout)).toContainEqual(
      expect.objectContaining({
        result: "unmatched",
        reason: "its reply token is forged or altered",
        from: "dana@acme.example",
        subject: "Re: hello",
      }),
    );

    await reply({
      from: "dana@acme.example",
      to: b.email.replyTo[0],
      subject: "Re: hi",
      text: "Thanks Bob, talk soon.",
    });
    expect((await h.api("GET", `/interviews/${b.interview.id}`, { token: b.token })).json.status).toBe(
      "replied",
    );
    expect((await h.api("GET", `/interviews/${a.interview.id}`, { token: a.token })).json.status).toBe(
      "active",
    );
  });

  it("a contact's address failing DMARC (X-Local-Verdicts) changes nothing; the candidate gets it marked unverified with a Stop link", async () => {
    const { token, interview, email } = await registerAndSendThankYou("una", "una@example.com");
    await reply({
      from: "Dana Ortiz <dana@acme.example>",
      to: email.replyTo[0],
      subject: "Re: stop please",
      headers: { "X-Local-Verdicts": "spf=fail; dkim=fail; dmarc=fail" },
      text: "Please stop writing to me.",
    });

    const after = (await h.api("GET", `/interviews/${interview.id}`, { token })).json;
    expect(after.status).toBe("active");
    expect(after.steps.filter((s: StepView) => s.status === "cancelled")).toEqual([]);
    for (const step of after.steps.filter((s: StepView) => s.status === "scheduled")) {
      expect(step.sendAt).toBe(interview.steps.find((s: StepView) => s.id === step.id).sendAt);
    }
    expect(after.events.some((e: { type: string }) => e.type === "reply.received")).toBe(false);

    const forwarded = (await h.sentEmails()).find((e) =>
      e.subject.startsWith("[Unverified sender] dana@acme.example"),
    );
    expect(forwarded?.destination.to).toEqual(['"Sam Lee" <una@example.com>']);
    expect(forwarded?.replyTo).toEqual([]);
    expect(forwarded?.body.text).toMatch(/^UNVERIFIED SENDER: .*dana@acme\.example.*DMARC failed/);
    const link = /(http:\/\/127\.0\.0\.1:\d+\/manage\/\S+) and press Stop/.exec(
      forwarded?.body.text ?? "",
    )?.[1];
    expect(link, "a signed Stop link").toBeDefined();

    // The link is the reminder's signed manage page: its Stop button does stop the chain.
    const stopped = await fetch(`${link}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "action=stop",
    });
    expect(stopped.status).toBe(200);
    const final = (await h.api("GET", `/interviews/${interview.id}`, { token })).json;
    expect(final.status).toBe("stopped");
  });

  it("an out-of-office keeps the chain going and moves the recruiter's steps past the return date", async () => {
    const { token, interview, email } = await registerAndSendThankYou("oli", "oli@example.com");
    const toPriya = interview.steps.filter((s: StepView) => s.to.email === "priya@acme.example");
    const nudge = toPriya[0] as StepView;
    const checkIn = toPriya[1] as StepView;
    expect([nudge.kind, checkIn.kind]).toEqual(["pre_decision_nudge", "recruiter_check_in"]);
    const back = new Date(Date.parse(nudge.sendAt) + 10 * 86_400_000);
    const backText = back.toLocaleDateString("en-US", {
      month: "long",
      day: "numeric",
      year: "numeric",
      timeZone: "UTC",
    });
    await reply({
      from: "Priya Shah <priya@acme.example>",
      to: email.replyTo[0],
      subject: "Automatic reply: out of office",
      headers: { "Auto-Submitted": "auto-replied" },
      text: `I am out of the office and will be back on ${backText}.`,
    });
    const after = (await h.api("GET", `/interviews/${interview.id}`, { token })).json;
    expect(after.status).toBe("active");
    expect(after.events.some((e: { type: string }) => e.type === "inbound.auto_reply")).toBe(true);
    const moved = after.steps.find((s: StepView) => s.id === checkIn.id) as StepView;
    expect(Date.parse(moved.sendAt)).toBeGreaterThanOrEqual(Date.parse(back.toISOString().slice(0, 10)));
    // Back after the decision date: the note meant to come before it is cancelled, not sent late.
    expect(after.steps.find((s: StepView) => s.id === nudge.id)?.status).toBe("cancelled");
  });

  it("a reply naming a decision date plans one check-in after it, which goes out", async () => {
    const { token, interview, email } = await registerAndSendThankYou("dee", "dee@example.com");
    const decision = new Date(h.stack.clock.now().getTime() + 20 * 86_400_000);
    const decisionText = decision.toLocaleDateString("en-US", {
      month: "long",
      day: "numeric",
      year: "numeric",
      timeZone: "UTC",
    });
    await reply({
      from: "Priya Shah <priya@acme.example>",
      to: email.replyTo[0],
      subject: `Re: ${email.subject}`,
      text: `Hi Sam, thanks! We expect to make a decision by ${decisionText}.`,
    });
    const after = (await h.api("GET", `/interviews/${interview.id}`, { token })).json;
    expect(after.status).toBe("replied");
    const planned = after.steps.filter((s: StepView & { phase: string }) => s.phase === "after_reply");
    expect(planned).toHaveLength(1);
    expect(planned[0]).toMatchObject({
      kind: "recruiter_check_in",
      status: "scheduled",
      to: { email: "priya@acme.example" },
    });
    expect(Date.parse(planned[0].sendAt)).toBeGreaterThan(decision.getTime());

    await h.advance("P40D");
    const played = (await h.api("GET", `/interviews/${interview.id}`, { token })).json;
    expect(played.steps.find((s: StepView) => s.id === planned[0].id).status).toBe("sent");
    expect(played.status).toBe("replied");
  });

  it("the candidate can cancel the check-in a reply planned", async () => {
    const { token, interview, email } = await registerAndSendThankYou("cal", "cal@example.com");
    const decision = new Date(h.stack.clock.now().getTime() + 20 * 86_400_000);
    const decisionText = decision.toLocaleDateString("en-US", {
      month: "long",
      day: "numeric",
      year: "numeric",
      timeZone: "UTC",
    });
    await reply({
      from: "Priya Shah <priya@acme.example>",
      to: email.replyTo[0],
      subject: `Re: ${email.subject}`,
      text: `Thanks Sam. We will decide by ${decisionText}.`,
    });
    const cancelled = await h.api("POST", `/interviews/${interview.id}/stop`, {
      token,
      body: { reason: "cancelled" },
    });
    expect(cancelled.status).toBe(200);
    const checkIn = cancelled.json.steps.find((s: { phase: string }) => s.phase === "after_reply");
    expect(checkIn.status).toBe("cancelled");
    const before = (await h.sentEmails()).length;
    await h.advance("P40D");
    expect(
      (await h.sentEmails()).slice(before).filter((e) => JSON.stringify(e).includes("cal@example.com")),
    ).toEqual([]);
  });
});
