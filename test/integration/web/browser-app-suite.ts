import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, afterEach, beforeAll } from "vitest";
import { startHarness } from "../support/local-stack-harness.js";
import { launchChromium } from "./launch-chromium.js";
import { openTestPage } from "./open-test-page.js";

/**
 * The hooks every browser test file needs: one chromium and one local stack for the file, and each test's
 * page (`open`) closed after it. `h` is the stack's harness once the file's tests run.
 */
export function browserAppSuite() {
  let h: Awaited<ReturnType<typeof startHarness>> | undefined;
  let browser: Browser | undefined;
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
  return {
    get h() {
      if (!h) throw new Error("the local stack is not started yet (use it inside a test)");
      return h;
    },
    /** A page as openTestPage makes it, closed after the test. */
    async open(viewport?: { width: number; height: number }) {
      if (!browser) throw new Error("the browser is not started yet (use it inside a test)");
      const opened = await openTestPage(browser, viewport);
      context = opened.context;
      return opened;
    },
  };
}
