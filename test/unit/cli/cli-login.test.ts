import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../../cli/run-cli.js";
import { fakeFetch, recordingIo } from "./cli-fixtures.js";

const dir = mkdtempSync(join(tmpdir(), "followup-login-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const usage = { at: "2026-12-01T12:00:00.000Z", quotas: {} };

describe("cli: login and logout", () => {
  it("checks the token against the API, then saves URL and token for the user only", async () => {
    const env = { FOLLOWUP_CONFIG: join(dir, "a", "config.json") };
    const api = fakeFetch(() => [200, usage]);
    const { out, io } = recordingIo({ env, fetch: api.fetch, stdin: "  jwt-from-stdin\n" });
    expect(await runCli(["login", "--url", "https://api.example.com/prod/", "--token", "-"], io)).toBe(0);
    expect(api.seen[0]?.url.href).toBe("https://api.example.com/prod/usage");
    expect(api.seen[0]?.headers.authorization).toBe("Bearer jwt-from-stdin");
    expect(JSON.parse(readFileSync(env.FOLLOWUP_CONFIG, "utf8"))).toEqual({
      url: "https://api.example.com/prod",
      token: "jwt-from-stdin",
    });
    expect(statSync(env.FOLLOWUP_CONFIG).mode & 0o777).toBe(0o600);
    expect(out.stdout).toBe(`Logged in at https://api.example.com/prod (saved in ${env.FOLLOWUP_CONFIG}).\n`);

    const logout = recordingIo({ env });
    expect(await runCli(["logout"], logout.io)).toBe(0);
    expect(existsSync(env.FOLLOWUP_CONFIG)).toBe(false);

    // Logged out, a command says how to log in again, both ways (`followup` is not on a checkout's PATH).
    const after = recordingIo({ env, fetch: api.fetch });
    expect(await runCli(["list"], after.io)).toBe(3);
    expect(api.seen).toHaveLength(1);
    expect(after.out.stderr).toBe(
      "followup: not logged in: run `followup login --url URL --token -` (against the local stack: `npm run -s cli -- login --local <you>`), or pass --url and --token\n",
    );
  });

  it("a token the API refuses is not saved: exit 3", async () => {
    const env = { FOLLOWUP_CONFIG: join(dir, "b", "config.json") };
    const api = fakeFetch(() => [
      401,
      { error: { code: "unauthorized", message: "A valid bearer token is required." } },
    ]);
    const { out, io } = recordingIo({ env, fetch: api.fetch });
    expect(await runCli(["login", "--url", "https://api.example.com", "--token", "expired"], io)).toBe(3);
    expect(existsSync(env.FOLLOWUP_CONFIG)).toBe(false);
    expect(out.stderr).toMatch(/^followup: A valid bearer token is required \[unauthorized, HTTP 401\]/);
  });

  it("an API that does not answer yet: saved, with a warning", async () => {
    const env = { FOLLOWUP_CONFIG: join(dir, "c", "config.json") };
    const api = fakeFetch(() =>
      Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } }),
    );
    const { out, io } = recordingIo({ env, fetch: api.fetch });
    expect(await runCli(["login", "--url", "http://127.0.0.1:3000", "--token", "t"], io)).toBe(0);
    expect(existsSync(env.FOLLOWUP_CONFIG)).toBe(true);
    expect(out.stderr).toMatch(
      /^warning: cannot reach http:\/\/127\.0\.0\.1:3000: connection refused .*; saved without checking the token\n$/,
    );
    expect(out.stdout).toMatch(/^Saved at http:\/\/127\.0\.0\.1:3000 /);
  });

  it.each([
    [["login"], /pass --url and --token \(or --local USER\)/],
    [["login", "--local", "bad user"], /--local USER must be 1-128 letters/],
    [["login", "--local", "sam", "--token", "x"], /--local signs its own token/],
    [
      ["login", "--local", "sam", "--data-dir", "/nonexistent/data"],
      /no local stack in \/nonexistent\/data \(jwt-signing-key\.json is missing\): start it with `npm start`/,
    ],
  ])("%j is a usage error, nothing saved", async (args, message) => {
    const env = { FOLLOWUP_CONFIG: join(dir, "d", "config.json") };
    const api = fakeFetch(() => [200, usage]);
    const { out, io } = recordingIo({ env, fetch: api.fetch });
    expect(await runCli(args, io)).toBe(2);
    expect(out.stderr).toMatch(message);
    expect(api.seen).toHaveLength(0);
    expect(existsSync(env.FOLLOWUP_CONFIG)).toBe(false);
  });
});
