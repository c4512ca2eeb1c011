import { existsSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium } from "playwright-core";
import { REPO_ROOT } from "../../../local/repo-root.js";

/** Debian's chromium package (CI installs it in .ci/run); CHROMIUM_PATH points elsewhere. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Flags for a headless Chromium that makes no call of its own (no updates, sync or QUIC probes). */
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--font-render-hinting=none",
];

/**
 * A real headless Chromium, or an error saying what to install: these tests never skip themselves, since
 * a skipped browser test looks like a passing one.
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: install it (apt-get update && apt-get install -y --no-install-recommends chromium; .ci/run does) or set CHROMIUM_PATH.`,
    );
  }
  if (!existsSync(join(REPO_ROOT, "web", "dist", "index.html"))) {
    throw new Error("The web app is not built: run `npm run build:web` (npm ci runs it through `prepare`).");
  }
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}
