import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import pixelmatch from "pixelmatch";
import { PNG } from "pngjs";

export const SCREENSHOT_DIR = join(dirname(new URL(import.meta.url).pathname), "__screenshots__");

/**
 * Share of pixels allowed to differ (anti-aliasing, a font hinting change): 0.5 %. Two runs on the same
 * chromium differ by 0; 2 % let a changed accent colour through (0.8 % of the desktop timeline's pixels).
 */
const TOLERANCE = 0.005;

/**
 * Compares a screenshot with its committed reference: the same size, and at most TOLERANCE of the pixels
 * different (pixelmatch's per-pixel colour threshold absorbs anti-aliasing). UPDATE_SCREENSHOTS=1 writes
 * the reference instead; a missing reference fails, so a test never passes by having nothing to compare.
 * A failing comparison leaves the actual image and the diff next to the reference (*.actual.png,
 * *.diff.png, both gitignored).
 */
export function compareScreenshot(
  name: string,
  actual: Buffer,
): { differentShare: number; problem?: string } {
  const reference = join(SCREENSHOT_DIR, `${name}.png`);
  if (process.env.UPDATE_SCREENSHOTS === "1") {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    writeFileSync(reference, actual);
    return { differentShare: 0 };
  }
  if (!existsSync(reference)) {
    return {
      differentShare: 1,
      problem: `no reference ${name}.png: run with UPDATE_SCREENSHOTS=1 and commit it`,
    };
  }
  const want = PNG.sync.read(readFileSync(reference));
  const got = PNG.sync.read(actual);
  if (want.width !== got.width || want.height !== got.height) {
    writeFileSync(join(SCREENSHOT_DIR, `${name}.actual.png`), actual);
    return {
      differentShare: 1,
      problem: `size ${got.width}x${got.height}, reference ${want.width}x${want.height}`,
    };
  }
  const diff = new PNG({ width: want.width, height: want.height });
  const different = pixelmatch(want.data, got.data, diff.data, want.width, want.height, { threshold: 0.1 });
  const share = different / (want.width * want.height);
  if (share > TOLERANCE) {
    writeFileSync(join(SCREENSHOT_DIR, `${name}.actual.png`), actual);
    writeFileSync(join(SCREENSHOT_DIR, `${name}.diff.png`), PNG.sync.write(diff));
    return { differentShare: share, problem: `${(share * 100).toFixed(2)} % of pixels differ` };
  }
  return { differentShare: share };
}
