import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { interviewBody } from "../support/interview-body.js";
import { startHarness } from "../support/local-stack-harness.js";

let h: Awaited<ReturnType<typeof startHarness>>;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

type StepView = {
  id: string;
  kind: string;
  status: string;
  sendAt: string;
  scheduleName: string;
  phase: string;
};

describe("an interview's life over HTTP", () => {
  it("previews a chain without storing anything", async () => {
    const token = await h.token("pre");
    const preview = await h.api("POST", "/plan/preview", { token, body: interviewBody(h.stack.clock.now()) });
    expect(preview.status).toBe(200);
    expect(preview.json.steps.length).toBeGreaterThan(2);
    for (const step of preview.json.steps) {
      expect(step.rule).toMatch(/^[a-z-]+\.[a-z-]+/);
      expect(step.why.length).toBeGreaterThan(20);
    }
    expect((await h.api("GET", "/interviews", { token })).json.items).toEqual([]);
  });

  it("re-plans pending steps when the decision date changes, moving their schedules", async () => {
    const token = await h.token("pat");
    const created = (await h.api("POST", "/interviews", { token, body: interviewBody(h.stack.clock.now()) }))
      .json;
    const checkIn = created.steps.find((s: StepView) => s.kind === "recruiter_check_in") as StepView;
    const later = new Date(Date.parse(created.decisionExpectedBy) + 14 * 86_400_000)
      .toISOString()
      .slice(0, 10);

    const patched = await h.api("PATCH", `/interviews/${created.id}`, {
      token,
      body: { decisionExpectedBy: later },
    });
    expect(patched.status).toBe(200);
    expect(patched.json.decisionExpectedBy).toBe(later);
    const moved = patched.json.steps.find((s: StepView) => s.id === checkIn.id) as StepView;
    expect(Date.parse(moved.sendAt)).toBeGreaterThan(Date.parse(checkIn.sendAt) + 10 * 86_400_000);
    expect(moved.status).toBe("scheduled");
    const thankYou = created.steps.find((s: StepView) => s.kind === "thank_you") as StepView;
    expect(patched.json.steps.find((s: StepView) => s.id === thankYou.id)).toEqual(thankYou);

    // Clearing the date and the recruiter: no more recruiter follow-ups.
    const cleared = await h.api("PATCH", `/interviews/${created.id}`, {
      token,
      body: { decisionExpectedBy: null, recruiter: null },
    });
    expect(cleared.status).toBe(200);
    expect(cleared.json.recruiter).toBeUndefined();
    const recruiterSteps = cleared.json.steps.filter((s: StepView) => /check_in|nudge/.test(s.kind));
    expect(recruiterSteps.every((s: StepView) => s.status === "cancelled")).toBe(true);

    const invalid = await h.api("PATCH", `/interviews/${created.id}`, {
      token,
      body: { decisionExpectedBy: "2001-01-01" },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.json.error.issues).toContainEqual(
      expect.objectContaining({ field: "decisionExpectedBy" }),
    );
    const unchanged = await h.api("GET", `/interviews/${created.id}`, { token });
    expect(unchanged.json.steps).toEqual(cleared.json.steps);
  });

  it("after a rejection, sends one gracious reply and a keep-in-touch note months later", async () => {
    const token = await h.token("rey");
    const created = (await h.api("POST", "/interviews", { token, body: interviewBody(h.stack.clock.now()) }))
      .json;
    const stopped = await h.api("POST", `/interviews/${created.id}/stop`, {
      token,
      body: { reason: "rejected" },
    });
    expect(stopped.status).toBe(200);
    const after = stopped.json.steps.filter((s: StepView) => s.phase === "after_rejection");
    expect(after.map((s: StepView) => s.kind)).toEqual(["rejection_reply", "keep_in_touch"]);
    expect(after.every((s: StepView) => s.status === "scheduled")).toBe(true);

    await h.advance("P200D");
    const played = (await h.api("GET", `/interviews/${created.id}`, { token })).json;
    const statuses = Object.fromEntries(played.steps.map((s: StepView) => [s.kind, s.status]));
    expect(statuses.rejection_reply).toBe("sent");
    expect(statuses.keep_in_touch).toBe("sent");
    expect(statuses.thank_you).toBe("cancelled");
  });

  it("a later round supersedes the earlier round's pending steps", async () => {
    const token = await h.token("ray");
    const first = (
      await h.api("POST", "/interviews", {
        token,
        body: interviewBody(h.stack.clock.now(), { round: "phone screen" }),
      })
    ).json;
    const second = await h.api("POST", "/interviews", {
      token,
      body: interviewBody(new Date(h.stack.clock.now().getTime() + 7 * 86_400_000), { round: "onsite" }),
    });
    expect(second.status).toBe(201);
    const earlier = (await h.api("GET", `/interviews/${first.id}`, { token })).json;
    expect(earlier.status).toBe("superseded");
    expect(earlier.steps.every((s: StepView) => s.status === "cancelled")).toBe(true);
    expect(second.json.applicationKey).toBe(first.applicationKey);
  });

  it("lists newest first with cursor pagination, deletes with its schedules", async () => {
    const token = await h.token("lia");
    const ids: string[] = [];
    for (const company of ["A Co", "B Co", "C Co"]) {
      ids.push(
        (await h.api("POST", "/interviews", { token, body: interviewBody(h.stack.clock.now(), { company }) }))
          .json.id,
      );
    }
    const page1 = await h.api("GET", "/interviews?limit=2", { token });
    expect(page1.json.items.map((i: { id: string }) => i.id)).toEqual([ids[2], ids[1]]);
    const page2 = await h.api("GET", `/interviews?limit=2&cursor=${page1.json.nextCursor}`, { token });
    expect(page2.json.items.map((i: { id: string }) => i.id)).toEqual([ids[0]]);
    const forged = await h.api("GET", `/interviews?cursor=${page1.json.nextCursor}`, {
      token: await h.token("eve"),
    });
    expect(forged.status).toBe(400);

    const del = await h.api("DELETE", `/interviews/${ids[0]}`, { token });
    expect(del.status).toBe(204);
    expect((await h.api("GET", `/interviews/${ids[0]}`, { token })).status).toBe(404);
    expect((await h.api("DELETE", `/interviews/${ids[0]}`, { token })).status).toBe(404);
  });
});
