import { execFile } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { runCli } from "../../../cli/run-cli.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const fixtures = path.join(repoRoot, "test", "fixtures", "inbound");
const SECRET = "fixture-secret-0123456789";

function io(env: Record<string, string | undefined> = {}) {
  const out = { stdout: "", stderr: "" };
  return {
    out,
    io: {
      stdout: (t: string) => {
        out.stdout += t;
      },
      stderr: (t: string) => {
        out.stderr += t;
      },
      env,
      now: () => new Date("2026-12-01T12:00:00Z"),
    },
  };
}

describe("cli: inbound parse", () => {
  it("prints what it read from an out-of-office, verifying the token when the secret is set", async () => {
    const { out, io: cli } = io({ REPLY_TOKEN_SECRET: SECRET, REPLY_DOMAIN: "reply.example.com" });
    const code = await runCli(["inbound", "parse", path.join(fixtures, "outlook-out-of-office.eml")], cli);
    expect(code).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({
      kind: "auto_reply",
      reason: "Auto-Submitted: auto-replied",
      token: "r-01jd8x3q7zb4n5m6p7r8s9t0vw-s2-6076306871f396110597",
      tokenValid: true,
      returnDate: "2026-12-07",
      decisionDate: null,
      from: { address: "mark.manager@acme.example", name: "Mark Manager" },
      references: ["<0100018c22aa33bb-44cc55dd-66ee-77ff-8899-aabbccddeeff-000000@email.amazonses.com>"],
      bouncedRecipients: [],
    });
  });

  it("a token signed with another secret is reported invalid", async () => {
    const { out, io: cli } = io({ REPLY_TOKEN_SECRET: "some-other-secret-abcdef" });
    await runCli(["inbound", "parse", path.join(fixtures, "gmail-top-posted.eml")], cli);
    expect(JSON.parse(out.stdout)).toMatchObject({ kind: "reply", tokenValid: false });
  });

  it("without the secret there is no tokenValid; a reply's decision date is read", async () => {
    const { out, io: cli } = io();
    await runCli(["inbound", "parse", path.join(fixtures, "decision-date-latin1.eml")], cli);
    const json = JSON.parse(out.stdout);
    expect(json).not.toHaveProperty("tokenValid");
    expect(json).toMatchObject({ kind: "reply", decisionDate: "2026-12-15", returnDate: null });
  });

  it("garbage is printed as rejected, exit 0", async () => {
    const { out, io: cli } = io();
    expect(await runCli(["inbound", "parse", path.join(fixtures, "binary-junk.eml")], cli)).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ kind: "rejected", token: null, text: "" });
  });

  it("a missing file: a clear message and exit 1", async () => {
    const { out, io: cli } = io();
    expect(await runCli(["inbound", "parse", "/nonexistent/x.eml"], cli)).toBe(1);
    expect(out.stderr).toBe("cannot read /nonexistent/x.eml: no such file\n");
    expect(out.stdout).toBe("");
  });

  it.each([
    [[]],
    [["inbound"]],
    [["inbound", "parse"]],
    [["outbound", "parse", "x.eml"]],
    [["inbound", "parse", "a", "b"]],
  ])("usage on stderr and exit 2 for %j", async (args) => {
    const { out, io: cli } = io();
    expect(await runCli(args, cli)).toBe(2);
    expect(out.stderr).toMatch(
      /^(usage: followup <command>|followup: .*(unknown command|inbound parse FILE))/,
    );
    expect(out.stdout).toBe("");
  });

  it("runs as a user runs it (tsx cli/main.ts)", async () => {
    const tsx = path.join(repoRoot, "node_modules", ".bin", "tsx");
    const { stdout } = await promisify(execFile)(
      tsx,
      ["cli/main.ts", "inbound", "parse", path.join(fixtures, "iphone-mobile.eml")],
      { cwd: repoRoot, env: { ...process.env, REPLY_TOKEN_SECRET: SECRET } },
    );
    expect(JSON.parse(stdout)).toMatchObject({
      kind: "reply",
      text: "Sounds good, talk soon!",
      token: "r-01jd8x3q7zb4n5m6p7r8s9t0vw-s1-8438fe25e05071c77000",
      tokenValid: true,
      subject: "Re: Thank you - Senior Engineer interview",
      messageId: "<6F1E2D3C-4B5A-4987-8765-43210FEDCBA9@acme.example>",
      inReplyTo: "<0100018c1a2b3c4d-5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9-000000@email.amazonses.com>",
    });
  });

  it("an unknown command exits 2 as a process", async () => {
    const tsx = path.join(repoRoot, "node_modules", ".bin", "tsx");
    const run = promisify(execFile)(tsx, ["cli/main.ts", "nope"], { cwd: repoRoot });
    await expect(run).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^followup: unknown command "nope"\nusage: followup/),
    });
  });
});
