import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { browserAppSuite } from "./browser-app-suite.js";

const s = browserAppSuite();

interface FixtureStep {
  id: string;
  sendAt: string;
  timezone: string;
  to: { name: string; email: string };
}

describe("the timeline of a panel in other time zones", () => {
  it("shows each step in the browser's zone and, where it differs, at the recipient's own clock", async () => {
    const fixture = JSON.parse(
      readFileSync(new URL("./fixtures/timeline-interview.json", import.meta.url), "utf8"),
    ) as { id: string; steps: FixtureStep[] };
    // Dana is in Tokyo: thanked at 9:00 there on Wednesday, which is 19:00 on Tuesday in New York.
    const steps = fixture.steps.map((s) =>
      s.id === "s1" ? { ...s, sendAt: "2026-12-02T09:00:00+09:00", timezone: "Asia/Tokyo" } : s,
    );
    const opened = await s.open();
    const { page, problems } = opened;
    await page.route(
      (url) => url.pathname === `/interviews/${fixture.id}`,
      (route) =>
        route.fulfill({
          status: 200,
          contentType: "application/json",
          body: JSON.stringify({ ...fixture, steps }),
        }),
    );
    await page.goto(`${s.h.stack.apiUrl}/app/interviews/${fixture.id}#token=fixture`);
    const tokyo = page.locator('[data-step="s1"]');
    await tokyo.waitFor();
    expect(await tokyo.locator(".step-head time").innerText()).toBe("7:00 PM");
    expect(await tokyo.innerText()).toContain("Wed, Dec 2, 9:00 AM in Asia/Tokyo");
    // A step in the browser's own zone says its time once.
    expect(await page.locator('[data-step="s3"]').innerText()).not.toMatch(/ in America\/New_York/);
    expect(problems).toEqual([]);
  });
});
