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

type StepView = { id: string; kind: string; status: string; sendAt: string; to: { email: string } };

describe("a panel with an interviewer whose address the candidate does not have", () => {
  it("the recruiter gets one email naming them and asking to pass the thanks on", async () => {
    const token = await h.token("pat");
    const body = interviewBody(h.stack.clock.now(), {
      interviewers: [
        { name: "Dana Ortiz", email: "dana@acme.example", topics: ["the billing pipeline"] },
        { name: "Lee Park", topics: ["incident reviews"] },
      ],
    });
    const created = await h.api("POST", "/interviews", { token, body });
    expect(created.status).toBe(201);
    expect(created.json.interviewers[1]).toEqual({ name: "Lee Park", topics: ["incident reviews"] });
    const steps = created.json.steps as StepView[];
    const panel = steps.filter((s) => s.kind === "panel_thanks");
    expect(panel.map((s) => s.to.email)).toEqual(["priya@acme.example"]);
    expect(steps.filter((s) => s.kind === "thank_you").map((s) => s.to.email)).toEqual(["dana@acme.example"]);

    const sentBefore = (await h.sentEmails()).length;
    const sendAt = new Date(panel[0]?.sendAt ?? "");
    const advanced = await h.api("POST", "/_local/clock", {
      body: { to: new Date(sendAt.getTime() + 30 * 60_000).toISOString() },
    });
    expect(advanced.status).toBe(200);

    const after = (await h.api("GET", `/interviews/${created.json.id}`, { token })).json;
    expect(after.steps.find((s: StepView) => s.id === panel[0]?.id)?.status).toBe("sent");
    const toRecruiter = (await h.sentEmails())
      .slice(sentBefore)
      .filter((e) => e.destination.to.some((to) => to.includes("priya@acme.example")));
    expect(toRecruiter).toHaveLength(1);
    const text = toRecruiter[0]?.body.text ?? "";
    expect(text).toContain("I don't have an email address for Lee Park");
    expect(text).toContain("incident reviews");
    expect(text).not.toContain("Dana");
  });

  it("refuses an interviewer whose address is given but malformed, and stores nothing", async () => {
    const token = await h.token("pat");
    const before = (await h.api("GET", "/interviews", { token })).json;
    const body = interviewBody(h.stack.clock.now(), { interviewers: [{ name: "Lee Park", email: "lee@" }] });
    const res = await h.api("POST", "/interviews", { token, body });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.json)).toContain("interviewers.0.email");
    const after = (await h.api("GET", "/interviews", { token })).json;
    expect(after).toEqual(before);
  });
});
