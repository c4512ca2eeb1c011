import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { interviewBody } from "../support/interview-body.js";
import { startHarness } from "../support/local-stack-harness.js";

let h: Awaited<ReturnType<typeof startHarness>>;
const previous = process.env.QUOTA_EMAILS_PER_DAY;

beforeAll(async () => {
  // A small daily email quota keeps the deferral quick to play; the interview quota keeps its default (20).
  process.env.QUOTA_EMAILS_PER_DAY = "3";
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
  if (previous === undefined) delete process.env.QUOTA_EMAILS_PER_DAY;
  else process.env.QUOTA_EMAILS_PER_DAY = previous;
});

type StepView = {
  id: string;
  kind: string;
  status: string;
  sendAt: string;
  why: string;
  to: { email: string };
};
type EventView = { type: string; stepId?: string; detail?: string };

describe("per-owner quotas on the local stack", () => {
  it("answers 429 at the 21st interview of a day, naming the quota and when it resets, and stores nothing", async () => {
    // Noon UTC the next day, so that the 21 requests cannot straddle a UTC midnight whenever the test runs.
    const noon = new Date(h.stack.clock.now().getTime() + 86_400_000);
    noon.setUTCHours(12, 0, 0, 0);
    expect((await h.api("POST", "/_local/clock", { body: { to: noon.toISOString() } })).status).toBe(200);
    const token = await h.token("sam");
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) {
      const res = await h.api("POST", "/interviews", {
        token,
        body: interviewBody(h.stack.clock.now(), {
          company: `Company ${i}`,
          interviewers: [{ name: "Dana Ortiz", email: `dana${i}@acme.example` }],
          mode: "remind",
        }),
      });
      expect(res.status).toBe(201);
      ids.push(res.json.id);
    }

    const askedAt = h.stack.clock.now().getTime();
    const refused = await h.api("POST", "/interviews", {
      token,
      body: interviewBody(h.stack.clock.now(), { company: "Company 20" }),
    });
    const answeredAt = h.stack.clock.now().getTime();

    expect(refused.status).toBe(429);
    expect(refused.json.error).toMatchObject({
      code: "quota_exceeded",
      quota: "interviews_per_day",
      limit: 20,
    });
    // The next UTC midnight after the noon we moved to.
    const resetsAt = Date.parse(refused.json.error.resetsAt);
    expect(resetsAt).toBe(noon.getTime() + 12 * 3_600_000);
    // Retry-After is the wait until then, as of when the request was answered (the stack's clock runs on).
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(Math.ceil((resetsAt - answeredAt) / 1000));
    expect(retryAfter).toBeLessThanOrEqual(Math.ceil((resetsAt - askedAt) / 1000));
    const listed = await h.api("GET", "/interviews?limit=100", { token });
    expect(listed.json.items).toHaveLength(20);
    const usage = await h.api("GET", "/usage", { token });
    expect(usage.status).toBe(200);
    expect(usage.json.quotas.interviews_per_day).toMatchObject({ limit: 20, used: 20, remaining: 0 });
    expect(usage.json.quotas.contacts_per_30_days).toMatchObject({ limit: 200, used: 21 });
    // Someone else is not affected.
    const other = await h.token("lee-not-sam");
    expect((await h.api("GET", "/usage", { token: other })).json.quotas.interviews_per_day.used).toBe(0);

    // Three contacts replaced in one interview are fine; a fourth is refused and changes nothing.
    const id = ids[0] as string;
    for (let i = 0; i < 3; i++) {
      const patched = await h.api("PATCH", `/interviews/${id}`, {
        token,
        body: { interviewers: [{ name: "New Person", email: `new${i}@acme.example` }] },
      });
      expect(patched.status).toBe(200);
    }
    const before = (await h.api("GET", `/interviews/${id}`, { token })).json;
    const fourth = await h.api("PATCH", `/interviews/${id}`, {
      token,
      body: { interviewers: [{ name: "New Person", email: "new3@acme.example" }] },
    });
    expect(fourth.status).toBe(429);
    expect(fourth.json.error).toMatchObject({
      quota: "contact_replacements_per_interview",
      limit: 3,
      resetsAt: null,
    });
    expect((await h.api("GET", `/interviews/${id}`, { token })).json).toEqual(before);

    // Their schedules would only slow down the next test's clock moves.
    for (const each of ids)
      expect((await h.api("DELETE", `/interviews/${each}`, { token })).status).toBe(204);
  });

  it("defers the email over the daily quota to the next day's send window, saying why, and sends it then", async () => {
    const token = await h.token("lee");
    const interviewers = ["a", "b", "c", "d"].map((x) => ({
      name: `Person ${x}`,
      email: `${x}@beta.example`,
    }));
    const created = await h.api("POST", "/interviews", {
      token,
      body: interviewBody(h.stack.clock.now(), { company: "Beta", interviewers }),
    });
    expect(created.status).toBe(201);
    const thankYous = (created.json.steps as StepView[]).filter((s) => s.kind === "thank_you");
    expect(thankYous).toHaveLength(4);
    const due = thankYous[0]?.sendAt as string;
    expect(thankYous.every((s) => s.sendAt === due)).toBe(true);

    const fired = await h.api("POST", "/_local/clock", {
      body: { to: new Date(Date.parse(due) + 5 * 60_000).toISOString() },
    });
    expect(fired.status).toBe(200);

    const after = (await h.api("GET", `/interviews/${created.json.id}`, { token })).json;
    const steps = (after.steps as StepView[]).filter((s) => s.kind === "thank_you");
    const sent = steps.filter((s) => s.status === "sent");
    const deferred = steps.filter((s) => s.status === "scheduled");
    expect(sent).toHaveLength(3);
    expect(deferred).toHaveLength(1);
    const step = deferred[0] as StepView;
    expect(Date.parse(step.sendAt)).toBeGreaterThan(Date.parse(due) + 12 * 3_600_000);
    expect(step.sendAt.slice(11)).toBe(due.slice(11));
    expect(step.why).toMatch(
      /daily quota of 3 emails to contacts \(emails_per_day\).*next day's send window/,
    );
    expect(
      (after.events as EventView[]).find((e) => e.stepId === step.id && e.type === "step.moved")?.detail,
    ).toMatch(/emails_per_day/);
    const mails = (await h.sentEmails()).filter((m) =>
      m.destination.to.some((t) => t.includes("@beta.example>")),
    );
    expect(mails).toHaveLength(3);
    expect((await h.api("GET", "/usage", { token })).json.quotas.emails_per_day).toMatchObject({
      limit: 3,
      used: 3,
      remaining: 0,
    });

    await h.api("POST", "/_local/clock", {
      body: { to: new Date(Date.parse(step.sendAt) + 60_000).toISOString() },
    });

    const later = (await h.api("GET", `/interviews/${created.json.id}`, { token })).json;
    expect((later.steps as StepView[]).find((s) => s.id === step.id)?.status).toBe("sent");
    const allMails = (await h.sentEmails()).filter((m) =>
      m.destination.to.some((t) => t.includes("@beta.example>")),
    );
    expect(allMails.map((m) => m.destination.to[0]?.replace(/^.*<|>$/g, "")).sort()).toEqual(
      interviewers.map((p) => p.email).sort(),
    );
  });
});
