import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../../local/repo-root.js";

const run = promisify(execFile);

describe("npm run demo", () => {
  it("plays two chains, stops one halfway, and shows the emails that went out", async () => {
    const { stdout } = await run(join(REPO_ROOT, "node_modules", ".bin", "tsx"), ["local/demo.ts"], {
      cwd: REPO_ROOT,
      env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" },
    });
    expect(stdout).toContain("Where the chains ended:");
    expect(stdout).toMatch(/Acme Corp, Staff Engineer \(onsite\) -> completed/);
    expect(stdout).toMatch(/Globex, Platform Lead \(final\) -> stopped/);
    expect(stdout).toContain("cancelled (chain stopped: offer)");
    expect(stdout).toMatch(/Emails the SES emulator received \(\d+\)/);
    expect(stdout).not.toContain('{"level":"info"');
  }, 60_000);
});
