import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../../cli/commands.js";
import { runCli, USAGE } from "../../../cli/run-cli.js";
import { fakeFetch, interviewFixture, recordingIo } from "./cli-fixtures.js";

const CONNECTION = {
  FOLLOWUP_URL: "http://api.test/prod/",
  FOLLOWUP_TOKEN: "jwt",
  XDG_CONFIG_HOME: "/nonexistent",
};

describe("cli: help", () => {
  it.each(COMMANDS.map((c) => [c.name]))("`%s --help` prints its usage and exits 0", async (name) => {
    const { out, io } = recordingIo();
    expect(await runCli([name, "--help"], io)).toBe(0);
    expect(out.stdout).toMatch(new RegExp(`^usage: followup ${name}`));
    expect(out.stderr).toBe("");
  });

  it("`inbound log --help` is help, not an unknown flag", async () => {
    const { out, io } = recordingIo();
    expect(await runCli(["inbound", "log", "--help"], io)).toBe(0);
    expect(out.stdout).toMatch(/^usage: followup inbound parse/);
  });

  it("the overview lists every command and the exit codes", async () => {
    const { out, io } = recordingIo();
    expect(await runCli(["--help"], io)).toBe(0);
    for (const c of COMMANDS) expect(out.stdout).toMatch(new RegExp(`^  ${c.name} +\\S`, "m"));
    expect(USAGE).toContain("exit codes: 0 ok, 1 the API answered with an error, 2 usage");
  });
});

describe("cli: talking to the API", () => {
  it("add posts the body with the token and an Idempotency-Key under the base URL's path", async () => {
    const api = fakeFetch(() => [201, interviewFixture()]);
    const { out, io } = recordingIo({ env: CONNECTION, fetch: api.fetch });
    const code = await runCli(
      ["add", "--company", "Acme Corp", "--timezone", "America/New_York", "--candidate", "sam@example.com"],
      io,
    );
    expect(out.stderr).toBe("");
    expect(code).toBe(0);
    const [req] = api.seen;
    expect(req?.method).toBe("POST");
    expect(req?.url.href).toBe("http://api.test/prod/interviews");
    expect(req?.headers.authorization).toBe("Bearer jwt");
    expect(req?.headers["idempotency-key"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(req?.body).toEqual({
      company: "Acme Corp",
      timezone: "America/New_York",
      mode: "send",
      candidate: { name: "sam@example.com", email: "sam@example.com" },
    });
    expect(out.stdout).toMatch(/^Registered 01JD8X3Q7ZB4N5M6P7R8S9T0VW\.\n\nAcme Corp/);
  });

  it("stop sends the outcome and note; --json prints the answer as it came", async () => {
    const stopped = interviewFixture({ status: "stopped", stopReason: "rejected" });
    const api = fakeFetch(() => [200, stopped]);
    const { out, io } = recordingIo({ env: CONNECTION, fetch: api.fetch });
    expect(
      await runCli(
        ["stop", "01JD8X3Q7ZB4N5M6P7R8S9T0VW", "--outcome", "rejected", "--note", "ok", "--json"],
        io,
      ),
    ).toBe(0);
    expect(api.seen[0]?.url.pathname).toBe("/prod/interviews/01JD8X3Q7ZB4N5M6P7R8S9T0VW/stop");
    expect(api.seen[0]?.body).toEqual({ reason: "rejected", note: "ok" });
    expect(JSON.parse(out.stdout)).toEqual(stopped);
  });

  it("stop --outcome cancelled on a rejected chain says the rejection stays, not 'Stopped (cancelled)'", async () => {
    // The API cancels the rejection's pending notes and keeps the outcome it recorded, which insights count.
    const kept = interviewFixture({ status: "stopped", stopReason: "rejected" });
    const api = fakeFetch(() => [200, kept]);
    const { out, io } = recordingIo({ env: CONNECTION, fetch: api.fetch });
    expect(await runCli(["stop", kept.id, "--outcome", "cancelled"], io)).toBe(0);
    expect(out.stdout).not.toContain("Stopped (cancelled)");
    expect(out.stdout.split("\n")[0]).toBe("Cancelled what was still pending; the outcome stays rejected.");
  });

  it("edit fetches the interview once for every flag that needs it, then sends one PATCH", async () => {
    const current = interviewFixture({
      recruiter: { name: "Li Ming", email: "ming@acme.example", greeting: "Li" },
      timezone: "Asia/Tokyo",
    });
    const api = fakeFetch((req) => [200, req.method === "GET" ? current : { ...current, round: "final" }]);
    const { io } = recordingIo({ env: CONNECTION, fetch: api.fetch });
    const id = "01JD8X3Q7ZB4N5M6P7R8S9T0VW";
    expect(
      await runCli(
        [
          "edit",
          id,
          "--recruiter-greeting",
          "Ming",
          "--candidate-greeting",
          "Sammy",
          "--at",
          "2026-12-01 10:00",
        ],
        io,
      ),
    ).toBe(0);
    expect(api.seen.map((r) => r.method)).toEqual(["GET", "PATCH"]);
    expect(api.seen[1]?.body).toEqual({
      candidate: { name: "Sam Lee", email: "sam@example.com", greeting: "Sammy" },
      recruiter: { name: "Li Ming", email: "ming@acme.example", greeting: "Ming" },
      interviewedAt: "2026-12-01T10:00:00+09:00",
    });
  });

  it("edit guards a change worked out from a read with that read's ETag, and sends --if-match as given", async () => {
    const id = "01JD8X3Q7ZB4N5M6P7R8S9T0VW";
    const current = interviewFixture({ timezone: "Asia/Tokyo" });
    const read = fakeFetch((req) =>
      req.method === "GET"
        ? new Response(JSON.stringify(current), {
            status: 200,
            headers: { "content-type": "application/json", etag: '"v7"' },
          })
        : [200, current],
    );
    const first = recordingIo({ env: CONNECTION, fetch: read.fetch });
    expect(await runCli(["edit", id, "--at", "2026-12-01 10:00"], first.io)).toBe(0);
    expect(read.seen.map((r) => [r.method, r.headers["if-match"]])).toEqual([
      ["GET", undefined],
      ["PATCH", '"v7"'],
    ]);

    // No read needed: nothing is sent unless asked; asked, the tag goes as given, and a 412 names the new one.
    const plain = fakeFetch(() => [200, current]);
    expect(
      await runCli(
        ["edit", id, "--decision-by", "2026-12-20"],
        recordingIo({ env: CONNECTION, fetch: plain.fetch }).io,
      ),
    ).toBe(0);
    expect(plain.seen.map((r) => [r.method, r.headers["if-match"]])).toEqual([["PATCH", undefined]]);

    const stale = fakeFetch(() => [
      412,
      {
        error: {
          code: "precondition_failed",
          message: "The interview changed since you read it: reload it.",
          etag: '"v9"',
        },
      },
    ]);
    const refused = recordingIo({ env: CONNECTION, fetch: stale.fetch });
    expect(await runCli(["edit", id, "--decision-by", "2026-12-20", "--if-match", '"v3"'], refused.io)).toBe(
      1,
    );
    expect(stale.seen.map((r) => [r.method, r.headers["if-match"]])).toEqual([["PATCH", '"v3"']]);
    expect(refused.out.stderr).toBe(
      'followup: The interview changed since you read it: reload it (its ETag is now "v9") [precondition_failed, HTTP 412]\n',
    );
  });

  it("an ID cannot leave its path segment", async () => {
    const api = fakeFetch(() => [404, { error: { code: "not_found", message: "Interview was not found." } }]);
    const { out, io } = recordingIo({ env: CONNECTION, fetch: api.fetch });
    expect(await runCli(["show", "../usage?x=1"], io)).toBe(1);
    expect(api.seen[0]?.url.pathname).toBe("/prod/interviews/..%2Fusage%3Fx%3D1");
    expect(out.stderr).toBe("followup: Interview was not found [not_found, HTTP 404]\n");
  });

  it("show --tz with a zone that is none is a usage error naming it, before any request", async () => {
    const api = fakeFetch(() => [200, interviewFixture()]);
    const { out, io } = recordingIo({ env: CONNECTION, fetch: api.fetch });
    expect(await runCli(["show", "01JD8X3Q7ZB4N5M6P7R8S9T0VW", "--tz", "Mars/Base"], io)).toBe(2);
    expect(out.stderr).toMatch(/--tz: the time zone "Mars\/Base" is not an IANA zone/);
    expect(out.stdout).toBe("");
    expect(api.seen).toEqual([]);

    const ok = recordingIo({ env: CONNECTION, fetch: fakeFetch(() => [200, interviewFixture()]).fetch });
    expect(await runCli(["show", "01JD8X3Q7ZB4N5M6P7R8S9T0VW", "--tz", "Europe/Paris"], ok.io)).toBe(0);
    expect(ok.out.stdout).toContain("times in Europe/Paris");
  });

  it("list --all follows the cursor, with a progress line on a terminal only", async () => {
    const pages: Record<string, unknown> = {
      "": { items: [interviewFixture()], nextCursor: "c2" },
      c2: { items: [interviewFixture({ id: "01JD8X3Q7ZB4N5M6P7R8S9T0VX" })], nextCursor: null },
    };
    const api = fakeFetch((req) => [200, pages[req.url.searchParams.get("cursor") ?? ""]]);
    const tty = recordingIo({ env: CONNECTION, fetch: api.fetch, tty: true });
    expect(await runCli(["list", "--all", "--status", "active"], tty.io)).toBe(0);
    expect(api.seen.map((r) => r.url.search)).toEqual(["?status=active", "?status=active&cursor=c2"]);
    expect(tty.out.stdout).toContain("01JD8X3Q7ZB4N5M6P7R8S9T0VX");
    expect(tty.out.stdout).toContain("\x1b[1mID");
    expect(tty.out.stderr).toBe("Reading your interviews...\r\x1b[K");

    const piped = recordingIo({
      env: { ...CONNECTION, NO_COLOR: "1" },
      fetch: fakeFetch((req) => [200, pages[req.url.searchParams.get("cursor") ?? ""]]).fetch,
    });
    expect(await runCli(["list"], piped.io)).toBe(0);
    expect(piped.out.stderr).toBe("");
    expect(piped.out.stdout).toMatch(/\nMore: followup list --cursor c2\n$/);
  });

  it("a refused token exits 3, no answer exits 4, an error answer exits 1: one line each", async () => {
    const cases: [ReturnType<typeof fakeFetch>, number, RegExp][] = [
      [
        fakeFetch(() => [401, { message: "Unauthorized" }]),
        3,
        /^followup: Unauthorized \[HTTP 401\]; for a new token, run `followup login --url http:\/\/api\.test\/prod --token -` \(against the local stack: `npm run -s cli -- login --local <you>`\)\n$/,
      ],
      [
        fakeFetch(() => Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } })),
        4,
        /^followup: cannot reach http:\/\/api\.test\/prod: connection refused \(is the server running\?\)\n$/,
      ],
      [
        fakeFetch(() => Object.assign(new Error("t"), { name: "TimeoutError" })),
        4,
        /no answer from http:\/\/api\.test\/prod in time\n$/,
      ],
      [
        fakeFetch(() => [503, { error: { code: "dependency_unavailable", message: "Try again." } }]),
        1,
        /\[dependency_unavailable, HTTP 503\]\n$/,
      ],
      [fakeFetch(() => [200, undefined]), 1, /^followup: the API answered HTTP 200 without a JSON body\n$/],
    ];
    for (const [api, exitCode, stderr] of cases) {
      const { out, io } = recordingIo({ env: CONNECTION, fetch: api.fetch });
      expect(await runCli(["usage", "--json"], io)).toBe(exitCode);
      expect(out.stderr).toMatch(stderr);
    }
  });

  it("a busy API is asked again with the same Idempotency-Key, after its Retry-After", async () => {
    let calls = 0;
    const api = fakeFetch(() =>
      ++calls === 1
        ? [409, { error: { code: "idempotency_in_progress", message: "Still working." } }]
        : calls === 2
          ? Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNRESET" } })
          : [201, interviewFixture()],
    );
    const { out, io } = recordingIo({ env: CONNECTION, fetch: api.fetch, tty: true });
    expect(await runCli(["add", "--company", "Acme"], io)).toBe(0);
    const keys = api.seen.map((r) => r.headers["idempotency-key"]);
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
    expect(out.sleeps).toEqual([2000, 2000]);
    expect(out.stderr).toContain("the API is busy (HTTP 409); trying again in 2 s...\n");
    expect(out.stderr).toContain(
      "cannot reach http://api.test/prod: the connection was reset; trying again...\n",
    );
  });

  it("gives up after three tries, waits no longer than 10 s, and never retries what is unsafe to repeat", async () => {
    const busy = fakeFetch(() => [503, { error: { code: "dependency_unavailable", message: "Down." } }]);
    const get = recordingIo({ env: CONNECTION, fetch: busy.fetch });
    expect(await runCli(["usage"], get.io)).toBe(1);
    expect(busy.seen).toHaveLength(3);
    expect(get.out.stderr).toBe("followup: Down [dependency_unavailable, HTTP 503]\n");

    const slow = fakeFetch(() => new Response("{}", { status: 503, headers: { "retry-after": "3600" } }));
    const waited = recordingIo({ env: CONNECTION, fetch: slow.fetch });
    await runCli(["usage"], waited.io);
    expect(waited.out.sleeps).toEqual([10_000, 10_000]);

    const refused = fakeFetch(() =>
      Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } }),
    );
    expect(await runCli(["usage"], recordingIo({ env: CONNECTION, fetch: refused.fetch }).io)).toBe(4);
    expect(refused.seen).toHaveLength(1);

    const link = "m-01jd8x3q7zb4n5m6p7r8s9t0vw-s2-0123456789abcdef0123456789abcdef";
    const manage = fakeFetch(() => [503, {}]);
    const snooze = recordingIo({ env: CONNECTION, fetch: manage.fetch });
    expect(await runCli(["snooze", "01JD8X3Q7ZB4N5M6P7R8S9T0VW", "--link", link], snooze.io)).toBe(1);
    expect(manage.seen).toHaveLength(1);
  });

  it("no token at all exits 3 before any request", async () => {
    const api = fakeFetch(() => [200, {}]);
    const { out, io } = recordingIo({
      env: { FOLLOWUP_URL: "http://api.test", XDG_CONFIG_HOME: "/nonexistent" },
      fetch: api.fetch,
    });
    expect(await runCli(["list"], io)).toBe(3);
    expect(api.seen).toHaveLength(0);
    expect(out.stderr).toMatch(
      /^followup: not logged in to http:\/\/api\.test: run `followup login --url http:\/\/api\.test --token -` \(against the local stack: `npm run -s cli -- login --local <you>`\)/,
    );
  });

  it("snooze through a reminder's link, checked to be this interview's", async () => {
    const api = fakeFetch(() => [
      200,
      { status: "snoozed", stepsMoved: 2, repeated: false, nextSendAt: "2027-03-02T09:30:00-03:30" },
    ]);
    const { out, io } = recordingIo({ env: CONNECTION, fetch: api.fetch });
    const link =
      "https://api.test/prod/manage/m-01jd8x3q7zb4n5m6p7r8s9t0vw-s2-0123456789abcdef0123456789abcdef";
    expect(await runCli(["snooze", "01JD8X3Q7ZB4N5M6P7R8S9T0VW", "--link", link], io)).toBe(0);
    expect(api.seen[0]?.url.pathname).toBe(
      "/prod/manage/m-01jd8x3q7zb4n5m6p7r8s9t0vw-s2-0123456789abcdef0123456789abcdef",
    );
    expect(api.seen[0]?.headers.authorization).toBeUndefined();
    expect(api.seen[0]?.body).toEqual({ action: "snooze" });
    // A link's answer names no zone: the time as the step's zone writes it, with its offset, in the form
    // the signed-in route prints (before, the raw ISO string).
    expect(out.stdout).toBe(
      "Snoozed: 2 pending steps moved a week later. The next goes out Tue 2027-03-02 09:30 (UTC-03:30).\n",
    );

    const other = recordingIo({ env: CONNECTION, fetch: api.fetch });
    expect(await runCli(["snooze", "01JD8X3Q7ZB4N5M6P7R8S9T0VX", "--link", link], other.io)).toBe(2);
    expect(other.out.stderr).toBe(
      "followup: snooze: that link is for another interview than 01JD8X3Q7ZB4N5M6P7R8S9T0VX\n",
    );
    expect(api.seen).toHaveLength(1);
  });

  it("snooze with a whole link needs no login; a bare token goes to the logged-in API; anything else is refused", async () => {
    const token = "m-01jd8x3q7zb4n5m6p7r8s9t0vw-s2-0123456789abcdef0123456789abcdef";
    const answer = { status: "snoozed", stepsMoved: 1, repeated: false, nextSendAt: null };
    const api = fakeFetch(() => [200, answer]);
    const noLogin = recordingIo({ env: { XDG_CONFIG_HOME: "/nonexistent" }, fetch: api.fetch });
    expect(await runCli(["snooze", "--link", `https://links.example/manage/${token}`], noLogin.io)).toBe(0);
    expect(api.seen[0]?.url.href).toBe(`https://links.example/manage/${token}`);
    expect(noLogin.out.stdout).toBe("Snoozed: 1 pending step moved a week later.\n");

    const bare = recordingIo({ env: CONNECTION, fetch: api.fetch });
    expect(await runCli(["snooze", "--link", token.toUpperCase()], bare.io)).toBe(0);
    expect(api.seen[1]?.url.href).toBe(`http://api.test/prod/manage/${token}`);

    for (const args of [
      ["snooze", "--link", "https://evil.example/elsewhere"],
      ["snooze", "--local"],
      ["snooze"],
      ["snooze", "01JD8X3Q7ZB4N5M6P7R8S9T0VW", "--local", "--link", token],
      ["snooze", "01JD8X3Q7ZB4N5M6P7R8S9T0VW", "--link", token, "--days", "3"],
    ]) {
      const bad = recordingIo({ env: CONNECTION, fetch: api.fetch });
      expect(await runCli(args, bad.io), args.join(" ")).toBe(2);
      expect(bad.out.stderr).toMatch(/^followup: snooze: [^\n]+\n$/);
    }
    expect(api.seen).toHaveLength(2);
  });

  it("snooze ID, signed in, posts to the interview's snooze route with an Idempotency-Key and --days", async () => {
    const interview = interviewFixture();
    const answer = { status: "snoozed", stepsMoved: 2, repeated: false, nextSendAt: null, interview };
    const api = fakeFetch(() => [200, answer]);
    const week = recordingIo({ env: CONNECTION, fetch: api.fetch });
    expect(await runCli(["snooze", "01JD8X3Q7ZB4N5M6P7R8S9T0VW"], week.io)).toBe(0);
    expect(api.seen[0]?.method).toBe("POST");
    expect(api.seen[0]?.url.pathname).toBe("/prod/interviews/01JD8X3Q7ZB4N5M6P7R8S9T0VW/snooze");
    expect(api.seen[0]?.headers.authorization).toBe("Bearer jwt");
    expect(api.seen[0]?.headers["idempotency-key"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(api.seen[0]?.body).toEqual({});
    expect(week.out.stdout).toBe("Snoozed: 2 pending steps moved a week later.\n");

    const three = recordingIo({ env: CONNECTION, fetch: api.fetch });
    expect(await runCli(["snooze", "01JD8X3Q7ZB4N5M6P7R8S9T0VW", "--days", "3"], three.io)).toBe(0);
    expect(api.seen[1]?.body).toEqual({ days: 3 });
    expect(three.out.stdout).toBe("Snoozed: 2 pending steps moved 3 days later.\n");

    for (const days of ["0", "31", "2.5", "x"]) {
      const bad = recordingIo({ env: CONNECTION, fetch: api.fetch });
      expect(await runCli(["snooze", "01JD8X3Q7ZB4N5M6P7R8S9T0VW", "--days", days], bad.io), days).toBe(2);
      expect(bad.out.stderr).toBe("followup: snooze: --days must be a whole number from 1 to 30\n");
    }
    expect(api.seen).toHaveLength(2);
  });

  it("an unexpected failure is still one line, never a stack", async () => {
    const api = fakeFetch(() => [200, { steps: "not a list" }]);
    const { out, io } = recordingIo({ env: CONNECTION, fetch: api.fetch });
    expect(await runCli(["show", "01JD8X3Q7ZB4N5M6P7R8S9T0VW"], io)).toBe(1);
    expect(out.stderr).toMatch(/^followup: unexpected error: [^\n]+\n$/);
  });
});
