import { readFileSync } from "node:fs";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startHarness } from "../support/local-stack-harness.js";
import { launchChromium } from "./launch-chromium.js";
import { openTestPage } from "./open-test-page.js";

let h: Awaited<ReturnType<typeof startHarness>>;
let browser: Browser;
let context: BrowserContext | undefined;

beforeAll(async () => {
  browser = await launchChromium();
  h = await startHarness();
});
afterEach(async () => {
  await context?.close();
  context = undefined;
});
afterAll(async () => {
  await browser?.close();
  await h?.close();
});

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
    const opened = await openTestPage(browser);
    context = opened.context;
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
    await page.goto(`${h.stack.apiUrl}/app/interviews/${fixture.id}#token=fixture`);
    const tokyo = page.locator('[data-step="s1"]');
    await tokyo.waitFor();
    expect(await tokyo.locator(".step-head time").innerText()).toBe("7:00 PM");
    expect(await tokyo.innerText()).toContain("Wed, Dec 2, 9:00 AM in Asia/Tokyo");
    // A step in the browser's own zone says its time once.
    expect(await page.locator('[data-step="s3"]').innerText()).not.toMatch(/ in America\/New_York/);
    expect(problems).toEqual([]);
  });
});
