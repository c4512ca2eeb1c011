import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unsubscribeToken } from "../../../shared/security/unsubscribe-token.js";
import { interviewBody } from "../support/interview-body.js";
import { type SentEmail, startHarness } from "../support/local-stack-harness.js";

type Harness = Awaited<ReturnType<typeof startHarness>>;
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

interface StepView {
  id: string;
  to: { email: string };
  sendAt: string;
  status: string;
  channel: string;
}

const PRIYA = "priya@acme.example";
const toPriya = (e: SentEmail) => e.destination.to.some((t) => t.includes(PRIYA));
const header = (e: SentEmail | undefined, name: string) =>
  e?.headers?.find((x) => x.name.toLowerCase() === name.toLowerCase())?.value;

describe("one-click unsubscribe on the local stack", () => {
  it("a contact's unsubscribe link cancels the pending steps to them, and nothing more reaches them", async () => {
    const lea = await h.token("lea");
    const created = await h.api("POST", "/interviews", {
      token: lea,
      body: interviewBody(h.stack.clock.now(), { candidate: { name: "Lea Park", email: "lea@example.com" } }),
    });
    expect(created.status, created.text).toBe(201);
    const id: string = created.json.id;
    const priyaSteps = (created.json.steps as StepView[])
      .filter((s) => s.to.email === PRIYA && s.channel === "email")
      .sort((a, b) => Date.parse(a.sendAt) - Date.parse(b.sendAt));
    expect(priyaSteps.length).toBeGreaterThanOrEqual(2);
    const [first, ...later] = priyaSteps as [StepView, ...StepView[]];

    // Play the chain up to the first email to the recruiter.
    const sentBefore = (await h.sentEmails()).length;
    await h.api("POST", "/_local/clock", { body: { to: first.sendAt } });
    const firstEmails = (await h.sentEmails()).slice(sentBefore).filter(toPriya);
    expect(firstEmails).toHaveLength(1);

    const secret = process.env.REPLY_TOKEN_SECRET ?? "";
    const expectedUrl = `${h.stack.apiUrl}/unsubscribe/${unsubscribeToken(secret, id, first.id)}`;
    // RFC 8058: the link in the header is this stack's one-click route, and it says one-click works.
    expect(header(firstEmails[0], "List-Unsubscribe")).toBe(`<${expectedUrl}>`);
    expect(header(firstEmails[0], "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
    const url = expectedUrl;

    // Opening the link (or a scanner prefetching it) changes nothing.
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await page.text()).toContain('<form method="post">');
    const untouched = (await h.api("GET", `/interviews/${id}`, { token: lea })).json;
    for (const step of later) {
      expect(untouched.steps.find((s: StepView) => s.id === step.id).status).toBe("scheduled");
    }

    // The one-click POST a mail client makes (RFC 8058).
    const oneClick = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(oneClick.status).toBe(200);
    expect(await oneClick.json()).toEqual({ status: "unsubscribed", stepsCancelled: later.length });
    const again = await fetch(url, { method: "POST", body: "List-Unsubscribe=One-Click" });
    expect(again.status).toBe(200);

    const after = (await h.api("GET", `/interviews/${id}`, { token: lea })).json;
    for (const step of later) {
      expect(after.steps.find((s: StepView) => s.id === step.id).status).toBe("cancelled");
    }
    expect(after.events).toContainEqual(
      expect.objectContaining({
        type: "contact.unsubscribed",
        detail: `${PRIYA} unsubscribed: steps to it cancelled`,
      }),
    );

    // An interview registered afterwards plans steps to the address; the sender's one write on the owner's
    // record finds its suppression mark, and each is skipped with the reason.
    const next = await h.api("POST", "/interviews", {
      token: lea,
      body: interviewBody(h.stack.clock.now(), { candidate: { name: "Lea Park", email: "lea@example.com" } }),
    });
    expect(next.status, next.text).toBe(201);

    const sentAfterUnsubscribe = (await h.sentEmails()).length;
    await h.advance("P120D");
    const laterEmails = (await h.sentEmails()).slice(sentAfterUnsubscribe);
    expect(laterEmails.filter(toPriya)).toEqual([]);
    const nextAfter = (await h.api("GET", `/interviews/${next.json.id}`, { token: lea })).json;
    const toPriyaSteps = nextAfter.steps.filter(
      (s: StepView) => s.to.email === PRIYA && s.channel === "email",
    );
    expect(toPriyaSteps.length).toBeGreaterThan(0);
    for (const step of toPriyaSteps) {
      expect(step).toMatchObject({ status: "skipped", reason: `${PRIYA} unsubscribed` });
    }
  });

  it("an unsubscribe link keeps working after the candidate deleted the interview", async () => {
    const max = await h.token("max");
    const RAY = "ray@globex.example";
    const body = (company: string) =>
      interviewBody(h.stack.clock.now(), {
        company,
        candidate: { name: "Max Roe", email: "max@example.com" },
        recruiter: { name: "Ray Oduya", email: RAY },
      });
    const created = await h.api("POST", "/interviews", { token: max, body: body("Globex") });
    expect(created.status, created.text).toBe(201);
    const id: string = created.json.id;
    const [first] = (created.json.steps as StepView[])
      .filter((s) => s.to.email === RAY && s.channel === "email")
      .sort((a, b) => Date.parse(a.sendAt) - Date.parse(b.sendAt));
    if (!first) throw new Error("no email to the recruiter planned");
    const sentBefore = (await h.sentEmails()).length;
    await h.api("POST", "/_local/clock", { body: { to: first.sendAt } });
    const toRay = (await h.sentEmails())
      .slice(sentBefore)
      .filter((e) => e.destination.to.some((t) => t.includes(RAY)));
    expect(toRay).toHaveLength(1);
    const url = header(toRay[0], "List-Unsubscribe")?.slice(1, -1) ?? "";
    expect(url).toMatch(/\/unsubscribe\/u-/);

    expect((await h.api("DELETE", `/interviews/${id}`, { token: max })).status).toBe(204);
    // Max registers the next application with the same recruiter.
    const next = await h.api("POST", "/interviews", { token: max, body: body("Globex Labs") });
    expect(next.status, next.text).toBe(201);

    const oneClick = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(oneClick.status).toBe(200);
    expect(await oneClick.json()).toMatchObject({ status: "unsubscribed" });

    const steps = (await h.api("GET", `/interviews/${next.json.id}`, { token: max })).json
      .steps as StepView[];
    for (const step of steps.filter((s) => s.to.email === RAY)) expect(step.status).toBe("cancelled");
    const sentAfter = (await h.sentEmails()).length;
    await h.advance("P60D");
    const later = (await h.sentEmails()).slice(sentAfter);
    expect(later.filter((e) => e.destination.to.some((t) => t.includes(RAY)))).toEqual([]);
  });

  it("answers 404 JSON to a forged or malformed token", async () => {
    for (const token of [
      unsubscribeToken("not-the-stack-secret-0123456789", "01KQ8Z3M4N5P6R7S8T9V0W1X2Y", "s1"),
      "x",
    ]) {
      const res = await h.api("POST", `/unsubscribe/${token}`, { raw: "List-Unsubscribe=One-Click" });
      expect(res.status).toBe(404);
      expect(res.json.error.code).toBe("not_found");
    }
  });
});
