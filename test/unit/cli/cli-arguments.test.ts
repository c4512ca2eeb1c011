import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CliError } from "../../../cli/cli-error.js";
import { configPath, readSavedLogin, writeSavedLogin } from "../../../cli/config-file.js";
import { interviewInputFromArgs } from "../../../cli/interview-input-from-args.js";
import { interviewPatchFromArgs } from "../../../cli/interview-patch-from-args.js";
import { listCommand } from "../../../cli/list-command.js";
import { parseCommandArgs } from "../../../cli/parse-command-args.js";
import { parseContact } from "../../../cli/parse-contact.js";
import { readInputFile } from "../../../cli/read-input-file.js";
import { resolveConnection } from "../../../cli/resolve-connection.js";
import { snoozeCommand } from "../../../cli/snooze-command.js";
import { stopCommand } from "../../../cli/stop-command.js";
import { toOffsetDateTime } from "../../../cli/to-offset-date-time.js";
import { useColour } from "../../../cli/use-colour.js";
import { interviewFixture, recordingIo } from "./cli-fixtures.js";

const dir = mkdtempSync(join(tmpdir(), "followup-cli-unit-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The exit code and message of what `fn` throws. */
async function failure(fn: () => unknown): Promise<{ exitCode: number; message: string }> {
  try {
    await fn();
  } catch (err) {
    if (err instanceof CliError) return { exitCode: err.exitCode, message: err.message };
    throw err;
  }
  throw new Error("expected a CliError");
}

describe("cli: flags", () => {
  it("reads flags and positionals with the API flags every API command takes", () => {
    const parsed = parseCommandArgs(stopCommand, [
      "01ABC",
      "--outcome",
      "offer",
      "--url",
      "http://x",
      "--json",
    ]);
    expect(parsed).toEqual({
      help: false,
      values: { outcome: "offer", url: "http://x", json: true },
      positionals: ["01ABC"],
    });
  });

  it("--help or -h anywhere asks for help", () => {
    expect(parseCommandArgs(stopCommand, ["01ABC", "--help"])).toEqual({ help: true });
    expect(parseCommandArgs(listCommand, ["-h", "--bogus"])).toEqual({ help: true });
  });

  it.each([
    [["--bogus"], /^list: Unknown option '--bogus'; see `followup list --help`$/],
    [["--status"], /^list: Option '--status <value>' argument missing; see/],
    [["extra"], /^list: takes 0 arguments, got 1; see/],
  ])("a wrong command line %j is a usage error (exit 2) naming the problem", async (args, message) => {
    const f = await failure(() => parseCommandArgs(listCommand, args));
    expect(f.exitCode).toBe(2);
    expect(f.message).toMatch(message);
  });

  it("stop and snooze --help say what they do on a chain that is no longer active, as the API allows", () => {
    // After a reply an outcome may still be recorded; a stopped chain's pending steps (a rejection's
    // notes) may be cancelled or snoozed, and a reply's planned check-in snoozed.
    expect(snoozeCommand.help).not.toMatch(/of an active chain/);
    expect(snoozeCommand.help).toMatch(/rejection/);
    expect(stopCommand.help).toMatch(/after a reply/);
    expect(stopCommand.help).toMatch(/cancelled.*keeps/s);
  });

  it("a missing ID is a usage error", async () => {
    expect(await failure(() => parseCommandArgs(stopCommand, ["--outcome", "offer"]))).toEqual({
      exitCode: 2,
      message: "stop: takes 1 argument, got 0; see `followup stop --help`",
    });
  });
});

describe("cli: contacts and times", () => {
  it.each([
    ["Dana Ortiz <dana@acme.example>", { name: "Dana Ortiz", email: "dana@acme.example" }],
    ['"Ortiz, Dana" <dana@acme.example>', { name: "Ortiz, Dana", email: "dana@acme.example" }],
    ["dana@acme.example", { name: "dana@acme.example", email: "dana@acme.example" }],
    ["<dana@acme.example>", { name: "dana@acme.example", email: "dana@acme.example" }],
  ])("reads %s", (raw, contact) => {
    expect(parseContact(raw, "--recruiter")).toEqual(contact);
  });

  it("a name alone only where the address may be left out", async () => {
    expect(parseContact("Frank Grimes", "--interviewer", false)).toEqual({ name: "Frank Grimes" });
    const f = await failure(() => parseContact("Frank Grimes", "--recruiter"));
    expect(f).toEqual({
      exitCode: 2,
      message: '--recruiter must be "Name <email>" or an email address, got "Frank Grimes"',
    });
  });

  it("a local time is read in the zone, summer time included; an offset given is kept", () => {
    expect(toOffsetDateTime("2026-12-01 14:00", "America/New_York", "--at")).toBe(
      "2026-12-01T14:00:00-05:00",
    );
    expect(toOffsetDateTime("2026-07-01 14:00", "America/New_York", "--at")).toBe(
      "2026-07-01T14:00:00-04:00",
    );
    expect(toOffsetDateTime("2026-12-01T14:00:00+09:00", "Europe/Berlin", "--at")).toBe(
      "2026-12-01T14:00:00+09:00",
    );
    expect(toOffsetDateTime("2026-12-01T19:00:00Z", "Europe/Berlin", "--at")).toBe("2026-12-01T19:00:00Z");
  });

  it("an unreadable time or zone is a usage error naming it", async () => {
    expect((await failure(() => toOffsetDateTime("tomorrow", "UTC", "--at"))).message).toMatch(
      /^--at must be/,
    );
    expect((await failure(() => toOffsetDateTime("2026-12-01 14:00", "Mars/Base", "--at"))).message).toMatch(
      /"Mars\/Base" is not an IANA zone/,
    );
  });
});

describe("cli: interview input", () => {
  it("flags win over the file's fields; contacts and dates take the API's shape", async () => {
    const file = join(dir, "in.yaml");
    writeFileSync(file, "company: Acme\nrole: SRE\nround: '1'\ntimezone: Europe/Berlin\nmode: remind\n");
    const { io } = recordingIo();
    const body = await interviewInputFromArgs(
      {
        file,
        company: "Globex",
        at: "2026-12-01 09:30",
        interviewer: ["Dana <dana@globex.example>", "Frank"],
        recruiter: "mindy@globex.example",
        "decision-by": "2026-12-20",
        application: "globex-sre",
      },
      io,
    );
    expect(body).toEqual({
      company: "Globex",
      role: "SRE",
      round: "1",
      timezone: "Europe/Berlin",
      mode: "remind",
      interviewedAt: "2026-12-01T09:30:00+01:00",
      interviewers: [{ name: "Dana", email: "dana@globex.example" }, { name: "Frank" }],
      recruiter: { name: "mindy@globex.example", email: "mindy@globex.example" },
      decisionExpectedBy: "2026-12-20",
      applicationId: "globex-sre",
    });
  });

  it("mode defaults to send and the zone to this computer's", async () => {
    const { io } = recordingIo();
    const body = await interviewInputFromArgs({ company: "Acme" }, io);
    expect(body.mode).toBe("send");
    expect(body.timezone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  it("edit: `none` clears a field, --at is read in the interview's zone, nothing to change is a usage error", async () => {
    const { io } = recordingIo();
    const zone = async () => interviewFixture({ timezone: "Asia/Tokyo" });
    expect(
      await interviewPatchFromArgs(
        { "decision-by": "none", recruiter: "none", at: "2026-12-01 10:00" },
        io,
        zone,
      ),
    ).toEqual({ decisionExpectedBy: null, recruiter: null, interviewedAt: "2026-12-01T10:00:00+09:00" });
    expect(await interviewPatchFromArgs({ notes: "met the CTO" }, io, zone)).toEqual({
      notes: "met the CTO",
    });
    expect((await failure(() => interviewPatchFromArgs({}, io, zone))).exitCode).toBe(2);
  });
});

describe("cli: greetings", () => {
  it("add: each person's flag sets their greeting, interviewers' in order, '' for none", async () => {
    const { io } = recordingIo();
    const body = await interviewInputFromArgs(
      {
        candidate: "Li Ming <ming@example.com>",
        "candidate-greeting": "Ming",
        interviewer: ["Nagy Anna <anna@acme.example>", "Dana <dana@acme.example>", "Priya Shah"],
        "interviewer-greeting": ["Anna", "", "Dr. Shah"],
        recruiter: "Abdul Rahman Khan <ark@acme.example>",
        "recruiter-greeting": "Abdul Rahman",
      },
      io,
    );
    expect(body.candidate).toEqual({ name: "Li Ming", email: "ming@example.com", greeting: "Ming" });
    expect(body.interviewers).toEqual([
      { name: "Nagy Anna", email: "anna@acme.example", greeting: "Anna" },
      { name: "Dana", email: "dana@acme.example" },
      { name: "Priya Shah", greeting: "Dr. Shah" },
    ]);
    expect(body.recruiter).toEqual({
      name: "Abdul Rahman Khan",
      email: "ark@acme.example",
      greeting: "Abdul Rahman",
    });
  });

  it("add: a greeting reaches the file's people too; one for nobody is a usage error", async () => {
    const file = join(dir, "greet.yaml");
    writeFileSync(
      file,
      "recruiter:\n  name: Li Ming\n  email: ming@acme.example\n  timezone: Asia/Shanghai\n",
    );
    const { io } = recordingIo();
    const body = await interviewInputFromArgs({ file, "recruiter-greeting": "Ming" }, io);
    expect(body.recruiter).toEqual({
      name: "Li Ming",
      email: "ming@acme.example",
      timezone: "Asia/Shanghai",
      greeting: "Ming",
    });
    expect((await failure(() => interviewInputFromArgs({ "referrer-greeting": "Jo" }, io))).message).toBe(
      "--referrer-greeting needs --referrer (or the referrer in --file)",
    );
    const tooMany = await failure(() =>
      interviewInputFromArgs({ interviewer: ["Dana"], "interviewer-greeting": ["D", "E"] }, io),
    );
    expect(tooMany.exitCode).toBe(2);
    expect(tooMany.message).toMatch(/^2 --interviewer-greeting for 1 interviewer/);
  });

  it("add: none or blank leaves a person without a greeting, the file's one included; a file's person that is not one is named", async () => {
    const file = join(dir, "greet2.yaml");
    writeFileSync(
      file,
      "recruiter:\n  name: R\n  email: r@acme.example\n  greeting: Old\ninterviewers:\n  - name: Wei\n    greeting: Wei\n  - Bob <bob@acme.example>\n",
    );
    const { io } = recordingIo();
    const body = await interviewInputFromArgs(
      { file, "recruiter-greeting": "none", "interviewer-greeting": [" "] },
      io,
    );
    expect(body.recruiter).toEqual({ name: "R", email: "r@acme.example" });
    expect((body.interviewers as unknown[])[0]).toEqual({ name: "Wei" });
    const notAPerson = await failure(() =>
      interviewInputFromArgs({ file, "interviewer-greeting": ["", "Bobby"] }, io),
    );
    expect(notAPerson.message).toMatch(/interviewer 2 in --file must be an object/);
    expect(
      (await interviewInputFromArgs({ recruiter: "R <r@x.example>", "recruiter-greeting": " Dr. R " }, io))
        .recruiter,
    ).toEqual({ name: "R", email: "r@x.example", greeting: "Dr. R" });
  });

  it("edit: --recruiter alone keeps the stored greeting for a corrected name or address, not for someone else", async () => {
    const { io } = recordingIo();
    const stored = async () =>
      interviewFixture({ recruiter: { name: "Li Ming", email: "ming@acme.example", greeting: "Ming" } });
    expect(await interviewPatchFromArgs({ recruiter: "Li Ming <li.ming@acme.example>" }, io, stored)).toEqual(
      {
        recruiter: { name: "Li Ming", email: "li.ming@acme.example", greeting: "Ming" },
      },
    );
    expect(await interviewPatchFromArgs({ recruiter: "Bo Chen <bo@acme.example>" }, io, stored)).toEqual({
      recruiter: { name: "Bo Chen", email: "bo@acme.example" },
    });
  });

  it("edit: a file's contact that is not an object is refused, never swapped for the stored person", async () => {
    const file = join(dir, "patch.yaml");
    writeFileSync(file, "recruiter: Dana New <dana@new.example>\n");
    const { io } = recordingIo();
    const stored = async () =>
      interviewFixture({ recruiter: { name: "Old Person", email: "old@x.example" } });
    const refused = await failure(() =>
      interviewPatchFromArgs({ file, "recruiter-greeting": "Dana" }, io, stored),
    );
    expect(refused.exitCode).toBe(2);
    expect(refused.message).toMatch(/the recruiter in --file must be an object/);
    expect(
      (await failure(() => interviewPatchFromArgs({ "recruiter-greeting": "  " }, io, stored))).message,
    ).toMatch(/must not be empty/);
  });

  it("edit: a greeting alone keeps the interview's person and changes only the greeting; none clears it", async () => {
    const { io } = recordingIo();
    let fetched = 0;
    const current = async () => {
      fetched += 1;
      return interviewFixture({
        recruiter: { name: "Li Ming", email: "ming@acme.example", greeting: "Li", timezone: "Asia/Shanghai" },
        candidate: {
          name: "Sam Lee",
          email: "sam@example.com",
          greeting: "Sammy",
          links: ["https://sam.example"],
        },
      });
    };
    expect(
      await interviewPatchFromArgs(
        { "recruiter-greeting": "Ming", "candidate-greeting": "none", at: "2026-12-01 10:00" },
        io,
        current,
      ),
    ).toEqual({
      candidate: { name: "Sam Lee", email: "sam@example.com", links: ["https://sam.example"] },
      recruiter: { name: "Li Ming", email: "ming@acme.example", greeting: "Ming", timezone: "Asia/Shanghai" },
      interviewedAt: "2026-12-01T10:00:00-05:00",
    });
    expect(fetched).toBeGreaterThan(0);
  });

  it("edit: a greeting goes on the person --recruiter names, without fetching; a greeting for nobody is refused", async () => {
    const { io } = recordingIo();
    const nothing = async () => {
      throw new Error("fetched");
    };
    expect(
      await interviewPatchFromArgs(
        { recruiter: "Li Ming <ming@acme.example>", "recruiter-greeting": "Ming" },
        io,
        nothing,
      ),
    ).toEqual({ recruiter: { name: "Li Ming", email: "ming@acme.example", greeting: "Ming" } });
    const noReferrer = await failure(() =>
      interviewPatchFromArgs({ "referrer-greeting": "Jo" }, io, async () => interviewFixture()),
    );
    expect(noReferrer.message).toMatch(/^the interview has no referrer/);
    const removed = await failure(() =>
      interviewPatchFromArgs({ recruiter: "none", "recruiter-greeting": "Ming" }, io, nothing),
    );
    expect(removed.exitCode).toBe(2);
  });
});

describe("cli: input files", () => {
  it("reads JSON, YAML and standard input", async () => {
    const json = join(dir, "a.json");
    writeFileSync(json, '{"company": "Acme"}');
    const yaml = join(dir, "a.yml");
    writeFileSync(yaml, "company: Acme\ninterviewers:\n  - name: Dana\n");
    const { io } = recordingIo({ stdin: "company: Initech\n" });
    expect(await readInputFile(json, io)).toEqual({ company: "Acme" });
    expect(await readInputFile(yaml, io)).toEqual({ company: "Acme", interviewers: [{ name: "Dana" }] });
    expect(await readInputFile("-", io)).toEqual({ company: "Initech" });
  });

  it.each([
    ["bad.json", "{company:", /^.*bad\.json is not valid JSON/],
    ["bad.yaml", "a: [1,", /bad\.yaml is not valid YAML/],
    ["list.yaml", "- a\n- b\n", /list\.yaml must hold one object/],
    ["scalar.json", "42", /scalar\.json must hold one object/],
  ])("%s is a usage error naming the file", async (name, text, message) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    const f = await failure(() => readInputFile(file, recordingIo().io));
    expect(f.exitCode).toBe(2);
    expect(f.message).toMatch(message);
  });

  it("a missing file says so", async () => {
    expect(await failure(() => readInputFile(join(dir, "nope.yaml"), recordingIo().io))).toEqual({
      exitCode: 2,
      message: `cannot read ${join(dir, "nope.yaml")}: no such file`,
    });
  });
});

describe("cli: connection", () => {
  const env = { XDG_CONFIG_HOME: join(dir, "cfg") };

  it("saves the login in the user's config dir, readable by the user only", () => {
    const file = writeSavedLogin(env, { url: "http://saved", token: "saved-token" });
    expect(file).toBe(join(dir, "cfg", "followup", "config.json"));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual({ url: "http://saved", token: "saved-token" });
    expect(configPath({ FOLLOWUP_CONFIG: "/x/y.json", ...env })).toBe("/x/y.json");
  });

  it("flags win over the environment, which wins over the saved login", () => {
    writeSavedLogin(env, { url: "http://saved", token: "saved-token" });
    expect(resolveConnection({}, { env })).toEqual({ url: "http://saved", token: "saved-token" });
    const withEnv = { ...env, FOLLOWUP_URL: "http://env:3000/", FOLLOWUP_TOKEN: "env-token" };
    expect(resolveConnection({}, { env: withEnv })).toEqual({ url: "http://env:3000", token: "env-token" });
    expect(resolveConnection({ url: "https://flag/api/", token: "flag" }, { env: withEnv })).toEqual({
      url: "https://flag/api",
      token: "flag",
    });
  });

  it("the saved token is never sent to another URL than the one it was saved for", async () => {
    writeSavedLogin(env, { url: "http://127.0.0.1:3000", token: "local-token" });
    expect(resolveConnection({ url: "http://127.0.0.1:3000/" }, { env }).token).toBe("local-token");
    expect(await failure(() => resolveConnection({ url: "https://api.example.com" }, { env }))).toEqual({
      exitCode: 3,
      message:
        "not logged in to https://api.example.com (the saved login is for http://127.0.0.1:3000): run `followup login --url https://api.example.com --token -` (against the local stack: `npm run -s cli -- login --local <you>`), or pass --token, or set FOLLOWUP_TOKEN",
    });
    const other = { ...env, FOLLOWUP_URL: "https://api.example.com", FOLLOWUP_TOKEN: "prod" };
    expect(resolveConnection({}, { env: other })).toEqual({ url: "https://api.example.com", token: "prod" });
  });

  it("no token, or no login at all: exit 3; no URL beside a token, or a bad one: exit 2; a damaged saved login: exit 2", async () => {
    const none = { XDG_CONFIG_HOME: join(dir, "empty") };
    expect(await failure(() => resolveConnection({ url: "http://x" }, { env: none }))).toMatchObject({
      exitCode: 3,
      message: expect.stringMatching(
        /^not logged in to http:\/\/x: run `followup login --url http:\/\/x --token -` \(against the local stack: `npm run -s cli -- login --local <you>`\)/,
      ),
    });
    expect(await failure(() => resolveConnection({}, { env: none }))).toMatchObject({
      exitCode: 3,
      message: expect.stringMatching(
        /^not logged in: run `followup login --url URL --token -` \(against the local stack: `npm run -s cli -- login --local <you>`\)/,
      ),
    });
    expect(await failure(() => resolveConnection({ token: "t" }, { env: none }))).toEqual({
      exitCode: 2,
      message: "no API URL: pass --url or set FOLLOWUP_URL",
    });
    expect(
      (await failure(() => resolveConnection({}, { env: { ...none, FOLLOWUP_TOKEN: "t" } }))).exitCode,
    ).toBe(2);
    expect(await failure(() => resolveConnection({ url: "ftp://x", token: "t" }, { env: none }))).toEqual({
      exitCode: 2,
      message: "--url must be an http or https URL: ftp://x",
    });
    const damaged = join(dir, "damaged.json");
    writeFileSync(damaged, "not json");
    expect((await failure(() => readSavedLogin({ FOLLOWUP_CONFIG: damaged }))).message).toMatch(
      /damaged\.json is not a saved login: delete it, or log in again: run `followup login .*npm run -s cli -- login --local/,
    );
  });
});

describe("cli: colour", () => {
  it("only on a terminal, and never with NO_COLOR or TERM=dumb", () => {
    expect(useColour({ env: {}, stdoutIsTTY: true })).toBe(true);
    expect(useColour({ env: {}, stdoutIsTTY: false })).toBe(false);
    expect(useColour({ env: { NO_COLOR: "1" }, stdoutIsTTY: true })).toBe(false);
    expect(useColour({ env: { TERM: "dumb" }, stdoutIsTTY: true })).toBe(false);
  });
});
