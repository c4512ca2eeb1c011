import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseIcs } from "../../support/parse-ics.js";
import { interviewBody } from "../support/interview-body.js";
import { startHarness } from "../support/local-stack-harness.js";

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
  sendAt: string;
  status: string;
}

const bySendAt = (a: StepView, b: StepView) => Date.parse(a.sendAt) - Date.parse(b.sendAt);

async function feed(url: string, ifNoneMatch?: string) {
  const res = await fetch(url, ifNoneMatch ? { headers: { "if-none-match": ifNoneMatch } } : {});
  return {
    status: res.status,
    type: res.headers.get("content-type") ?? "",
    etag: res.headers.get("etag") ?? "",
    text: await res.text(),
  };
}

describe("the calendar feed and insights on the local stack", () => {
  it("serves the owner's steps as iCalendar, follows the chain, and stops at a revoke", async () => {
    const sam = await h.token("sam");
    const created = await h.api("POST", "/interviews", {
      token: sam,
      body: interviewBody(h.stack.clock.now()),
    });
    expect(created.status, created.text).toBe(201);
    const id: string = created.json.id;
    const steps = (created.json.steps as StepView[]).sort(bySendAt);

    const issued = await h.api("POST", "/calendar-token", { token: sam });
    expect(issued.status, issued.text).toBe(200);
    const url: string = issued.json.url;
    expect(url).toBe(`${h.stack.apiUrl}/calendar/${issued.json.token}.ics`);
    expect(issued.json.webcalUrl).toBe(url.replace(/^http:/, "webcal:"));
    // Asking again does not break the subscription already in a calendar app.
    expect((await h.api("POST", "/calendar-token", { token: sam })).json.url).toBe(url);

    const first = await feed(url);
    expect(first.status).toBe(200);
    expect(first.type).toMatch(/^text\/calendar/);
    const planned = parseIcs(first.text).events;
    expect(planned.map((e) => e.start.getTime()).sort()).toEqual(
      steps.map((s) => Date.parse(s.sendAt)).sort(),
    );
    expect(planned.every((e) => e.status === "CONFIRMED")).toBe(true);
    // A calendar app polling it gets a 304 and no body while nothing changed.
    const unchanged = await feed(url, first.etag);
    expect([unchanged.status, unchanged.text]).toEqual([304, ""]);

    // Someone else's feed has none of it.
    const alex = await h.token("alex");
    const alexUrl: string = (await h.api("POST", "/calendar-token", { token: alex })).json.url;
    expect(alexUrl).not.toBe(url);
    expect(parseIcs((await feed(alexUrl)).text).events).toEqual([]);

    // The first step goes out, then the candidate records an offer: the feed follows.
    const firstStep = steps[0] as StepView;
    expect((await h.api("POST", "/_local/clock", { body: { to: firstStep.sendAt } })).status).toBe(200);
    const stopped = await h.api("POST", `/interviews/${id}/stop`, { token: sam, body: { reason: "offer" } });
    expect(stopped.status, stopped.text).toBe(200);
    const after = (stopped.json.steps as StepView[]).sort(bySendAt);
    const changed = await feed(url, first.etag);
    expect(changed.status).toBe(200);
    expect(changed.etag).not.toBe(first.etag);
    const events = new Map(parseIcs(changed.text).events.map((e) => [e.uid, e]));
    const before = new Map(planned.map((e) => [e.uid, e]));
    expect([...events.keys()].sort()).toEqual([...before.keys()].sort());
    for (const step of after) {
      const uid = [...events.keys()].find((u) => u.includes(`-${step.id}@`)) ?? "";
      const event = events.get(uid);
      expect(event?.status, step.id).toBe(step.status === "cancelled" ? "CANCELLED" : "CONFIRMED");
      expect(event?.sequence ?? 0).toBeGreaterThan(before.get(uid)?.sequence ?? Number.POSITIVE_INFINITY);
    }
    expect(after.some((s) => s.status === "sent")).toBe(true);
    expect(after.some((s) => s.status === "cancelled")).toBe(true);

    const insights = await h.api("GET", "/insights", { token: sam });
    expect(insights.status, insights.text).toBe(200);
    const sentKinds = after.filter((s) => s.status === "sent").map((s) => s.kind);
    expect(insights.json.interviews).toBe(1);
    expect(insights.json.byKind.thank_you.sent).toBe(sentKinds.filter((k) => k === "thank_you").length);
    expect(insights.json.byCadence.standard).toMatchObject({
      interviews: 1,
      sent: sentKinds.length,
      replied: 0,
    });
    expect(insights.json.outcomes.thanksOnly.offer).toBe(1);
    expect((await h.api("GET", "/insights", { token: alex })).json.interviews).toBe(0);

    // Revoked: the old URL answers 404 exactly like a forged one; a new URL works.
    const revoked = await h.api("DELETE", "/calendar-token", { token: sam });
    expect(revoked.status).toBe(204);
    const gone = await feed(url);
    expect(gone.status).toBe(404);
    expect(JSON.parse(gone.text).error.code).toBe("not_found");
    const renewed: string = (await h.api("POST", "/calendar-token", { token: sam })).json.url;
    expect(renewed).not.toBe(url);
    expect((await feed(renewed)).status).toBe(200);
    expect((await feed(url)).status).toBe(404);
  });

  it("answers 404 for any token it did not issue, and 401 without a bearer token", async () => {
    const sam = await h.token("sam");
    const url: string = (await h.api("POST", "/calendar-token", { token: sam })).json.url;
    const token = url.slice(url.lastIndexOf("/") + 1, -".ics".length);
    const forged = `${token.slice(0, -1)}${token.endsWith("0") ? "1" : "0"}`;
    for (const path of [
      `/calendar/${forged}.ics`,
      `/calendar/${token}`,
      `/calendar/${token}.ical`,
      "/calendar/garbage.ics",
      `/calendar/${"c-".repeat(2000)}.ics`,
      "/calendar/%E0%A4%A.ics",
    ]) {
      const res = await h.api("GET", path);
      expect(res.status, path).toBe(404);
      expect(res.json?.error?.code, path).toBe("not_found");
    }
    expect((await h.api("GET", "/insights")).status).toBe(401);
    expect((await h.api("POST", "/calendar-token")).status).toBe(401);
    expect((await h.api("DELETE", "/calendar-token")).status).toBe(401);
  });

  it("answers every racing issue and revoke of one owner's feed with 200, 204 or 409, never a 5xx", async () => {
    const kim = await h.token("kim");
    const statuses: number[] = [];
    for (let round = 0; round < 10; round++) {
      const answers = await Promise.all(
        Array.from({ length: 16 }, (_, i) =>
          h.api(i % 2 === 0 ? "POST" : "DELETE", "/calendar-token", { token: kim }),
        ),
      );
      for (const a of answers) {
        statuses.push(a.status);
        if (a.status === 409) expect(a.json?.error?.code).toBe("version_conflict");
      }
    }
    expect(statuses.filter((s) => ![200, 204, 409].includes(s))).toEqual([]);
    expect(statuses).toContain(200);
    // The feed still works afterwards: a live URL answers 200.
    const url: string = (await h.api("POST", "/calendar-token", { token: kim })).json.url;
    expect((await feed(url)).status).toBe(200);
  });
});
