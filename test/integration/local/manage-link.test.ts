import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manageToken } from "../../../shared/security/manage-token.js";
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
  kind: string;
  channel: string;
  sendAt: string;
  status: string;
}

const WEEK_MS = 7 * 86_400_000;
const to = (email: string) => (e: SentEmail) => e.destination.to.some((t) => t.includes(email));
const bySendAt = (a: StepView, b: StepView) => Date.parse(a.sendAt) - Date.parse(b.sendAt);

describe("a reminder's stop/snooze link on the local stack", () => {
  it("snooze moves the pending steps a week, and their schedules fire a week later", async () => {
    const sam = await h.token("sam");
    const created = await h.api("POST", "/interviews", {
      token: sam,
      body: interviewBody(h.stack.clock.now(), { mode: "remind" }),
    });
    expect(created.status, created.text).toBe(201);
    const id: string = created.json.id;
    const steps = (created.json.steps as StepView[]).sort(bySendAt);
    expect(steps.every((s) => s.channel === "reminder")).toBe(true);
    const first = steps[0] as StepView;

    // The first reminder(s) go out.
    const sentBefore = (await h.sentEmails()).length;
    await h.api("POST", "/_local/clock", { body: { to: first.sendAt } });
    const reminders = (await h.sentEmails()).slice(sentBefore).filter(to("sam@example.com"));
    expect(reminders.length).toBeGreaterThanOrEqual(1);
    const firstIds = steps.filter((s) => s.sendAt === first.sendAt).map((s) => s.id);

    // Each carries its own signed manage link under this stack's URL.
    const secret = process.env.REPLY_TOKEN_SECRET ?? "";
    const links = reminders.map((e) => /https?:\/\/\S+\/manage\/[0-9a-z-]+/.exec(e.body.text ?? "")?.[0]);
    expect(links.sort()).toEqual(
      firstIds.map((stepId) => `${h.stack.apiUrl}/manage/${manageToken(secret, id, stepId)}`).sort(),
    );
    expect(reminders[0]?.body.text).toContain("To stop or snooze these follow-ups:");
    const url = links[0] ?? "";

    const before = (await h.api("GET", `/interviews/${id}`, { token: sam })).json;
    const scheduled = (before.steps as StepView[]).filter((s) => s.status === "scheduled").sort(bySendAt);
    // A week takes the note before the decision date past it: that one is cancelled, the rest move.
    const nudge = scheduled.find((s) => s.kind === "pre_decision_nudge");
    expect(nudge).toBeDefined();
    const pending = scheduled.filter((s) => s !== nudge);
    expect(pending.length).toBeGreaterThanOrEqual(1);

    // Opening the link (or a scanner prefetching it) changes nothing.
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expect(page.headers.get("referrer-policy")).toBe("no-referrer");
    const html = await page.text();
    expect(html).toContain("Staff Engineer at Acme Corp");
    expect(html).toContain('name="action" value="snooze"');
    expect((await h.api("GET", `/interviews/${id}`, { token: sam })).json).toEqual(before);

    // The page's snooze button.
    const snoozed = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "action=snooze",
    });
    expect(snoozed.status).toBe(200);
    expect(await snoozed.json()).toMatchObject({ status: "snoozed", stepsMoved: pending.length });

    const after = (await h.api("GET", `/interviews/${id}`, { token: sam })).json;
    const moved = pending.map((p) => (after.steps as StepView[]).find((s) => s.id === p.id) as StepView);
    moved.forEach((step, i) => {
      const shift = Date.parse(step.sendAt) - Date.parse(pending[i]?.sendAt ?? "");
      // A week, or a little more to skip a weekend or holiday; an hour less at most across a DST change.
      expect(shift).toBeGreaterThanOrEqual(WEEK_MS - 3_600_000);
      expect(shift).toBeLessThan(WEEK_MS + 5 * 86_400_000);
      expect(step.status).toBe("scheduled");
    });
    expect((after.steps as StepView[]).find((s) => s.id === nudge?.id)?.status).toBe("cancelled");
    expect(after.events).toContainEqual(expect.objectContaining({ type: "chain.snoozed" }));

    // Nothing fires at the old times...
    const next = [...moved].sort(bySendAt)[0] as StepView;
    const quiet = (await h.sentEmails()).length;
    await h.api("POST", "/_local/clock", {
      body: { to: new Date(Date.parse(next.sendAt) - 60_000).toISOString() },
    });
    expect((await h.sentEmails()).length).toBe(quiet);
    // ...and the moved schedules fire at the new ones.
    await h.api("POST", "/_local/clock", { body: { to: next.sendAt } });
    const fired = (await h.sentEmails()).slice(quiet).filter(to("sam@example.com"));
    expect(fired.length).toBe(moved.filter((s) => s.sendAt === next.sendAt).length);
    const played = (await h.api("GET", `/interviews/${id}`, { token: sam })).json;
    expect((played.steps as StepView[]).find((s) => s.id === next.id)?.status).toBe("sent");
  });

  it("stop on another interview cancels everything, and nothing more is sent", async () => {
    const lea = await h.token("lea");
    const created = await h.api("POST", "/interviews", {
      token: lea,
      body: interviewBody(h.stack.clock.now(), {
        mode: "remind",
        candidate: { name: "Lea Park", email: "lea@example.com" },
      }),
    });
    expect(created.status, created.text).toBe(201);
    const id: string = created.json.id;
    const reminder = (created.json.steps as StepView[]).sort(bySendAt)[0] as StepView;
    const url = `${h.stack.apiUrl}/manage/${manageToken(process.env.REPLY_TOKEN_SECRET ?? "", id, reminder.id)}`;

    // A form naming two actions is ambiguous: refused, naming the field, and nothing changes.
    const ambiguous = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "action=snooze&action=stop",
    });
    expect(ambiguous.status).toBe(400);
    const refusal = (await ambiguous.json()) as {
      error: { code: string; issues?: { field: string; problem: string }[] };
    };
    expect(refusal.error.code).toBe("validation_failed");
    expect(refusal.error.issues?.map((i) => i.field)).toEqual(["action"]);
    expect((await h.api("GET", `/interviews/${id}`, { token: lea })).json.status).toBe("active");

    const stopped = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ action: "stop" }),
    });
    expect(stopped.status).toBe(200);
    expect(await stopped.json()).toEqual({ status: "stopped", stepsCancelled: created.json.steps.length });
    // A snooze now has nothing to move.
    const late = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "action=snooze",
    });
    expect(late.status).toBe(409);
    expect(((await late.json()) as { error: { code: string } }).error.code).toBe("chain_not_active");

    const after = (await h.api("GET", `/interviews/${id}`, { token: lea })).json;
    expect(after).toMatchObject({ status: "stopped", stopReason: "cancelled" });
    expect((after.steps as StepView[]).every((s) => s.status === "cancelled")).toBe(true);

    const sent = (await h.sentEmails()).length;
    await h.advance("P120D");
    expect((await h.sentEmails()).slice(sent).filter(to("lea@example.com"))).toEqual([]);
  });

  it("answers 404 JSON to a forged token", async () => {
    const forged = manageToken("not-the-stack-secret-0123456789", "01KQ8Z3M4N5P6R7S8T9V0W1X2Y", "s1");
    for (const method of ["GET", "POST"]) {
      const res = await h.api(method, `/manage/${forged}`, {
        ...(method === "POST" ? { body: { action: "stop" } } : {}),
      });
      expect(res.status).toBe(404);
      expect(res.json.error.code).toBe("not_found");
    }
  });
});
