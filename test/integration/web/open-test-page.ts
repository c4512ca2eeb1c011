import type { Browser, BrowserContext, Page } from "playwright-core";

/**
 * A page in New York time and US English, with everything the browser refused or failed on collected in
 * `problems` (the API's 4xx answers the app shows are logged by Chromium too, and are not problems).
 */
export async function openTestPage(
  browser: Browser,
  viewport = { width: 1280, height: 800 },
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport, timezoneId: "America/New_York", locale: "en-US" });
  const page = await context.newPage();
  // Under the test's own 30 s, so a missing element fails naming what was awaited.
  page.setDefaultTimeout(10_000);
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && !/^Failed to load resource: .* status of 4\d\d/.test(m.text()))
      problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  return { context, page, problems };
}
