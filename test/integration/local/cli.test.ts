import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { REPO_ROOT } from "../../../local/repo-root.js";
import { interviewBody } from "../support/interview-body.js";
import { startHarness } from "../support/local-stack-harness.js";

type Harness = Awaited<ReturnType<typeof startHarness>>;
let h: Harness;
let home: string;
let env: Record<string, string | undefined>;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `followup ARGS` as a user does (the package's bin, through tsx), with its own config dir. */
function followup(args: string[], extraEnv: Record<string, string | undefined> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(REPO_ROOT, "cli", "followup.mjs"), ...args],
      { cwd: REPO_ROOT, env: { ...env, ...extraEnv } },
      (err, stdout, stderr) => {
        const code = err ? Number((err as { code?: number }).code ?? 1) : 0;
        resolve({ code, stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}

/** A port nothing listens on: one the system handed out and that was closed again. */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** What a person sees on a failure: exactly one line, no stack trace. */
function expectOneLine(run: Run, pattern: RegExp) {
  expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(run.stderr.trimEnd()).toMatch(pattern);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.stdout).toBe("");
}

beforeAll(async () => {
  h = await startHarness();
  home = mkdtempSync(join(tmpdir(), "followup-cli-"));
  const { FOLLOWUP_URL: _u, FOLLOWUP_TOKEN: _t, NO_COLOR: _n, ...rest } = process.env;
  env = {
    ...rest,
    XDG_CONFIG_HOME: home,
    FOLLOWUP_DATA_DIR: h.dataDir,
    FOLLOWUP_URL: h.stack.apiUrl,
  };
});
afterAll(async () => {
  await h?.close();
  if (home) rmSync(home, { recursive: true, force: true });
});

describe("the followup command against the local stack", { timeout: 60_000 }, () => {
  let fromFile = "";
  let fromFlags = "";

  it("login --local signs a token from the stack's data dir and saves it for the user only", async () => {
    const run = await followup(["login", "--local", "sam"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Logged in as sam at http:\/\/127\.0\.0\.1:\d+ /);
    const file = join(home, "followup", "config.json");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const saved = JSON.parse(readFileSync(file, "utf8")) as { url: string; token: string };
    expect(saved.url).toBe(h.stack.apiUrl);
    expect(saved.token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  });

  it("add reads a YAML file and prints the planned chain", async () => {
    const file = join(home, "interview.yaml");
    writeFileSync(file, stringify(interviewBody(h.stack.clock.now())));
    const run = await followup(["add", "--file", file], { FOLLOWUP_URL: undefined });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    fromFile = /^Registered (\w+)\./.exec(run.stdout)?.[1] ?? "";
    expect(fromFile).toMatch(/^[0-9A-Z]{26}$/);
    expect(run.stdout).toContain("Acme Corp · Staff Engineer · onsite  active");
    expect(run.stdout).toMatch(/thank_you to Dana Ortiz <dana@acme\.example>/);
    // Not a terminal: no colour codes.
    expect(run.stdout).not.toContain("\x1b[");
  });

  it("add takes the fields as flags, --at in the given zone", async () => {
    const day = interviewBody(h.stack.clock.now()).interviewedAt?.slice(0, 10) ?? "";
    const run = await followup([
      "add",
      "--company",
      "Globex",
      "--role",
      "SRE",
      "--round",
      "phone screen",
      "--at",
      `${day} 11:30`,
      "--timezone",
      "Europe/Berlin",
      "--country",
      "DE",
      "--candidate",
      "Sam Lee <sam@example.com>",
      "--interviewer",
      "Hank Scorpio <hank@globex.example>",
      "--interviewer",
      "Frank Grimes",
      "--interviewer-greeting",
      "Mr. Scorpio",
      "--recruiter",
      "Mindy <mindy@globex.example>",
      "--mode",
      "remind",
      "--json",
    ]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const created = JSON.parse(run.stdout);
    fromFlags = created.id;
    expect(created).toMatchObject({
      company: "Globex",
      round: "phone screen",
      timezone: "Europe/Berlin",
      mode: "remind",
      interviewers: [
        { name: "Hank Scorpio", email: "hank@globex.example", greeting: "Mr. Scorpio" },
        { name: "Frank Grimes" },
      ],
    });
    expect(Date.parse(created.interviewedAt)).toBe(Date.parse(`${day}T11:30:00+01:00`));
  });

  it("list shows both, newest first, and filters by status", async () => {
    const run = await followup(["list"]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^ID +STATUS +INTERVIEW +NEXT$/);
    expect(lines[1]).toMatch(new RegExp(`^${fromFlags} +active +Globex · SRE · phone screen +\\w+ `));
    expect(lines[2]).toMatch(
      new RegExp(`^${fromFile} +active +Acme Corp · Staff Engineer · onsite +thank_you `),
    );
    const json = JSON.parse((await followup(["list", "--json", "--status", "stopped"])).stdout);
    expect(json).toEqual({ items: [], nextCursor: null });
  });

  it("show prints the timeline in the interview's zone, the next step marked", async () => {
    const run = await followup(["show", fromFile]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("times in America/New_York");
    const steps = JSON.parse((await followup(["show", fromFile, "--json"])).stdout).steps as {
      id: string;
      sendAt: string;
    }[];
    const first = steps[0];
    const when = new Intl.DateTimeFormat("sv-SE", {
      timeZone: "America/New_York",
      dateStyle: "short",
      timeStyle: "short",
    }).format(new Date(first?.sendAt ?? ""));
    expect(run.stdout).toMatch(
      new RegExp(`^> ${first?.id} +\\w{3} ${when} scheduled +thank_you to Dana Ortiz`, "m"),
    );
    expect(run.stdout).toMatch(/^Events \(\d+\)$/m);
  });

  it("edit moves the decision date and the chain is re-planned", async () => {
    const run = await followup(["edit", fromFile, "--decision-by", "none", "--json"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const updated = JSON.parse(run.stdout);
    expect(updated.decisionExpectedBy).toBeUndefined();
    const pending = updated.steps.filter((s: { status: string }) => s.status === "scheduled");
    expect(pending.length).toBeGreaterThan(0);
    expect(pending.some((s: { kind: string }) => s.kind === "pre_decision_nudge")).toBe(false);
  });

  it("edit --recruiter-greeting changes how the recruiter is greeted and keeps the recruiter", async () => {
    const run = await followup(["edit", fromFlags, "--recruiter-greeting", "Ms. Mindy", "--json"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).recruiter).toEqual({
      name: "Mindy",
      email: "mindy@globex.example",
      greeting: "Ms. Mindy",
    });
  });

  it("snooze --local moves the pending steps of a remind-mode chain a week", async () => {
    const before = JSON.parse((await followup(["show", fromFlags, "--json"])).stdout);
    const run = await followup(["snooze", fromFlags, "--local"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const pending = before.steps.filter((s: { status: string }) => s.status === "scheduled").length;
    expect(run.stdout).toMatch(new RegExp(`^Snoozed: ${pending} pending steps? moved a week later`));
    const after = JSON.parse((await followup(["show", fromFlags, "--json"])).stdout);
    expect(after.events.map((e: { type: string }) => e.type)).toContain("chain.snoozed");
  });

  it("snooze ID --days, signed in, moves the pending steps through the API's snooze route", async () => {
    const before = JSON.parse((await followup(["show", fromFile, "--json"])).stdout);
    const run = await followup(["snooze", fromFile, "--days", "2"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const pending = before.steps.filter((s: { status: string }) => s.status === "scheduled").length;
    expect(run.stdout).toMatch(new RegExp(`^Snoozed: ${pending} pending steps? moved 2 days later`));
    const after = JSON.parse((await followup(["show", fromFile, "--json"])).stdout);
    expect(after.events.at(-1)?.detail).toMatch(/^Snoozed for 2 days:/);
  });

  it("stop with an outcome stops the chain and cancels what was pending", async () => {
    const run = await followup(["stop", fromFile, "--outcome", "offer"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Stopped \(offer\)\./);
    expect(run.stdout).toContain("stopped (offer)");
    const shown = JSON.parse((await followup(["show", fromFile, "--json"])).stdout);
    expect(shown.status).toBe("stopped");
    expect(shown.steps.every((s: { status: string }) => s.status === "cancelled")).toBe(true);
    const listed = JSON.parse((await followup(["list", "--status", "stopped", "--json"])).stdout);
    expect(listed.items.map((i: { id: string }) => i.id)).toEqual([fromFile]);
  });

  it("usage counts what was registered", async () => {
    const run = await followup(["usage"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^interviews_per_day +2\/\d+ /m);
  });

  it("preview prints a chain and stores nothing", async () => {
    const file = join(home, "preview.json");
    writeFileSync(file, JSON.stringify(interviewBody(h.stack.clock.now(), { company: "Initech" })));
    const run = await followup(["preview", "-f", file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Planned steps \(\d+\), times in America\/New_York/);
    const listed = JSON.parse((await followup(["list", "--json"])).stdout);
    expect(listed.items.some((i: { company: string }) => i.company === "Initech")).toBe(false);
  });
});

describe("the followup command's errors: one line and an exit code that says what went wrong", {
  timeout: 60_000,
}, () => {
  it("a token the API refuses: exit 3", async () => {
    const run = await followup(["list", "--token", "not.a.jwt"]);
    expect(run.code).toBe(3);
    expectOneLine(
      run,
      /^followup: A valid bearer token is required \[unauthorized, HTTP 401\]; for a new token, run `followup login --url \S+ --token -` \(against the local stack: `npm run -s cli -- login --local <you>`\)$/,
    );
  });

  it("no server at the URL: exit 4", async () => {
    const port = await closedPort();
    const run = await followup(["list", "--url", `http://127.0.0.1:${port}`, "--token", "any"]);
    expect(run.code).toBe(4);
    expectOneLine(
      run,
      new RegExp(`^followup: cannot reach http://127\\.0\\.0\\.1:${port}: connection refused`),
    );
  });

  it("input the API refuses: exit 1, naming the field", async () => {
    const run = await followup([
      "add",
      "--company",
      "Acme",
      "--role",
      "SRE",
      "--round",
      "1",
      "--at",
      "2026-12-01T14:00:00-05:00",
      "--country",
      "US",
      "--candidate",
      "Sam <sam@example.com>",
      "--interviewer",
      "Dana <dana@>",
    ]);
    expect(run.code).toBe(1);
    expectOneLine(
      run,
      /interviewers\.0\.email must be a valid email address.*\[validation_failed, HTTP 400\]$/,
    );
  });

  it("an unknown interview: exit 1", async () => {
    const run = await followup(["show", "01JD8X3Q7ZB4N5M6P7R8S9T0VW"]);
    expect(run.code).toBe(1);
    expectOneLine(run, /HTTP 404\]$/);
  });

  it("a wrong command line: exit 2 before anything is sent", async () => {
    const noOutcome = await followup(["stop", "01JD8X3Q7ZB4N5M6P7R8S9T0VW"]);
    expect(noOutcome.code).toBe(2);
    expectOneLine(noOutcome, /--outcome must be one of offer, rejected, withdrawn, cancelled/);
    const badFlag = await followup(["list", "--colour"]);
    expect(badFlag.code).toBe(2);
    expectOneLine(badFlag, /^followup: list: Unknown option '--colour'; see `followup list --help`$/);
    const badYaml = join(home, "bad.yaml");
    writeFileSync(badYaml, "company: [unclosed\n");
    const run = await followup(["add", "--file", badYaml]);
    expect(run.code).toBe(2);
    expectOneLine(run, /bad\.yaml is not valid YAML/);
  });
});
