import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { interviewBody } from "../support/interview-body.js";
import { browserAppSuite } from "./browser-app-suite.js";

const s = browserAppSuite();

const PENDING = ["scheduled", "unscheduled"];

describe("the web app on a chain that is no longer active", () => {
  it("lets a rejection's notes be snoozed and cancelled, keeping the recorded outcome", async () => {
    const token = await s.h.token("rejected");
    const created = await s.h.api("POST", "/interviews", {
      token,
      body: interviewBody(s.h.stack.clock.now()),
    });
    const id = created.json.id as string;
    const stopped = await s.h.api("POST", `/interviews/${id}/stop`, { token, body: { reason: "rejected" } });
    const pending = (stopped.json.steps as { kind: string; status: string; sendAt: string }[]).filter((s) =>
      PENDING.includes(s.status),
    );
    expect(pending.map((s) => s.kind).sort()).toEqual(["keep_in_touch", "rejection_reply"]);

    const opened = await s.open();
    const { page, problems } = opened;
    await page.goto(`${s.h.stack.apiUrl}/app/interviews/${encodeURIComponent(id)}#token=${token}`);
    await page.locator(".page-head .badge", { hasText: "stopped" }).waitFor();

    // The notes a rejection planned can be moved...
    await page.fill("#snooze-days", "2");
    await page.getByRole("button", { name: "Snooze" }).click();
    await page.getByRole("status").filter({ hasText: "moved" }).waitFor();
    const snoozed = (await s.h.api("GET", `/interviews/${id}`, { token })).json;
    const reply = snoozed.steps.find((s: { kind: string }) => s.kind === "rejection_reply");
    const before = pending.find((s) => s.kind === "rejection_reply");
    expect(Date.parse(reply.sendAt)).toBeGreaterThan(Date.parse(before?.sendAt ?? ""));

    // ...and cancelled, with no outcome to pick: the rejection stays what insights count.
    expect(await page.locator("#stop-outcome").count()).toBe(0);
    await page.getByRole("button", { name: "Cancel the remaining steps" }).click();
    await page.getByText("Nothing planned").waitFor();
    const after = (await s.h.api("GET", `/interviews/${id}`, { token })).json;
    expect(after.stopReason).toBe("rejected");
    expect(after.steps.filter((s: { status: string }) => PENDING.includes(s.status))).toEqual([]);
    expect(await page.getByRole("button", { name: "Snooze" }).count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it("lets the outcome be recorded after a reply, and the check-in it planned be snoozed", async () => {
    const fixture = JSON.parse(
      readFileSync(new URL("./fixtures/timeline-interview.json", import.meta.url), "utf8"),
    ) as { id: string; status: string };
    const replied = { ...fixture, status: "replied" };
    const opened = await s.open();
    const { page, problems } = opened;
    let stopBody: unknown;
    await page.route(
      (url) => url.pathname.startsWith(`/interviews/${fixture.id}`),
      async (route) => {
        if (route.request().method() === "POST") stopBody = route.request().postDataJSON();
        const answer = stopBody ? { ...replied, status: "stopped", stopReason: "offer" } : replied;
        await route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(answer) });
      },
    );
    await page.goto(`${s.h.stack.apiUrl}/app/interviews/${fixture.id}#token=fixture`);
    await page.locator(".page-head .badge", { hasText: "replied" }).waitFor();

    await page.getByRole("heading", { name: "Record the outcome" }).waitFor();
    expect(await page.getByRole("button", { name: "Snooze" }).count()).toBe(1);
    await page.selectOption("#stop-outcome", "offer");
    await page.getByRole("button", { name: "Record" }).click();
    await page.locator(".page-head .badge", { hasText: "stopped" }).waitFor();
    expect(stopBody).toEqual({ reason: "offer" });
    expect(problems).toEqual([]);
  });
});
