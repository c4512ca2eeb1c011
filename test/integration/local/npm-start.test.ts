import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { listenOn } from "../../../local/listen-on.js";
import { REPO_ROOT } from "../../../local/repo-root.js";
import { npmScriptTsxArgs } from "../../support/npm-script-tsx-args.js";
import { localStartEnv } from "../support/local-start-env.js";

const run = promisify(execFile);
const dataDir = mkdtempSync(join(tmpdir(), "followup-start-"));
let child: ChildProcess | undefined;

afterAll(() => {
  child?.kill("SIGKILL");
  rmSync(dataDir, { recursive: true, force: true });
});

function waitForOutput(proc: ChildProcess, text: string, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(
      () => reject(new Error(`timed out waiting for "${text}"; got:\n${out}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes(text)) {
        clearTimeout(timer);
        resolve(out);
      }
    };
    proc.stdout?.on("data", onData);
    proc.stderr?.on("data", onData);
    proc.once("exit", (code) => reject(new Error(`exited with ${code} before "${text}":\n${out}`)));
  });
}

describe("npm start and npm run token, as a user runs them", () => {
  it("starts the stack, prints the URLs, accepts a token from the token command, and stops cleanly on Ctrl-C", async () => {
    const env = localStartEnv(dataDir);
    const tsx = join(REPO_ROOT, "node_modules", ".bin", "tsx");
    // As `npm start` runs it: its Node flags included.
    child = spawn(tsx, npmScriptTsxArgs("start"), { cwd: REPO_ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    const banner = await waitForOutput(child, "Ctrl-C stops it", 30_000);
    // Port 0 asks for free ports (no window for another process to take them): the banner names them.
    const apiUrl = /^ {2}API +(http:\/\/127\.0\.0\.1:\d+) /m.exec(banner)?.[1];
    const sesUrl = /^ {2}Sent mail +(http:\/\/127\.0\.0\.1:\d+) /m.exec(banner)?.[1];
    expect(apiUrl).toMatch(/:[1-9]\d*$/);
    expect(sesUrl).toMatch(/:[1-9]\d*$/);
    expect((await fetch(`${sesUrl}/store`)).status).toBe(200);
    // The default setting: the handlers below run in worker threads, as a user's do.
    expect(banner).toMatch(/^ {2}Handlers +2 worker threads /m);

    const { stdout: token } = await run(tsx, ["local/token.ts", "sam"], { cwd: REPO_ROOT, env });
    expect(token.trim()).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const res = await fetch(`${apiUrl}/interviews`, {
      headers: { authorization: `Bearer ${token.trim()}` },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ items: [], nextCursor: null });

    // The README's first request: the example interview, dated by `npm run -s example`.
    const { stdout: example } = await run(tsx, ["local/example-interview.ts"], { cwd: REPO_ROOT, env });
    const created = await fetch(`${apiUrl}/interviews`, {
      method: "POST",
      headers: { authorization: `Bearer ${token.trim()}`, "content-type": "application/json" },
      body: example,
    });
    expect(created.status).toBe(201);
    expect(((await created.json()) as { steps: unknown[] }).steps.length).toBeGreaterThan(3);

    // With the stack's clock moved on, the example is dated from the stack's date, not the calendar's.
    const moved = await fetch(`${apiUrl}/_local/clock`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ advance: "P60D" }),
    });
    const stackNow = Date.parse(((await moved.json()) as { now: string }).now);
    const port = new URL(apiUrl ?? "").port;
    const { stdout: later } = await run(tsx, ["local/example-interview.ts"], {
      cwd: REPO_ROOT,
      env: { ...env, PORT: port },
    });
    const interviewedAt = Date.parse((JSON.parse(later) as { interviewedAt: string }).interviewedAt);
    expect(interviewedAt).toBeGreaterThan(stackNow);
    expect(interviewedAt - stackNow).toBeLessThan(5 * 86_400_000);

    const bad = await run(tsx, ["local/token.ts", "bad user\nname"], { cwd: REPO_ROOT, env }).catch((e) => e);
    expect(bad.code).toBe(2);

    // Where no stack ever ran, a token would be signed with a key made there, which no stack accepts.
    const empty = mkdtempSync(join(tmpdir(), "followup-nostack-"));
    try {
      const none = await run(tsx, ["local/token.ts", "sam"], {
        cwd: REPO_ROOT,
        env: { ...env, FOLLOWUP_DATA_DIR: empty },
      }).catch((e) => e);
      expect(none.code).toBe(2);
      expect(none.stderr).toContain(`no local stack in ${empty}`);
      expect(readdirSync(empty)).toEqual([]);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }

    const exited = new Promise<number | null>((resolve) => child?.once("exit", (code) => resolve(code)));
    child.kill("SIGINT");
    expect(await exited).toBe(0);
    child = undefined;
  }, 60_000);

  it.each(["PORT", "DYNAMODB_PORT", "SES_PORT", "SMTP_PORT"])(
    "says in one line which setting to change when %s is taken, and exits 1",
    async (setting) => {
      const busy = createServer();
      const port = await listenOn(busy, 0);
      try {
        const busyDataDir = mkdtempSync(join(tmpdir(), "followup-busy-"));
        const env = localStartEnv(busyDataDir, { [setting]: String(port) });
        const tsx = join(REPO_ROOT, "node_modules", ".bin", "tsx");
        const failed = await run(tsx, ["local/start.ts"], { cwd: REPO_ROOT, env }).catch((e) => e);
        expect(failed.code).toBe(1);
        expect(failed.stderr).toContain(`A port is already in use`);
        expect(failed.stderr).toContain(`127.0.0.1:${port}`);
        expect(failed.stderr).toContain(`set ${setting} to a free port`);
        expect(failed.stderr).not.toMatch(/^\s+at /m);
        rmSync(busyDataDir, { recursive: true, force: true });
      } finally {
        await new Promise((ok) => busy.close(ok));
      }
    },
    60_000,
  );
});
