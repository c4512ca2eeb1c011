/**
 * Scenario 3: kill -9 during registration bursts and during sends, then restart on the same data dir. The
 * stack runs in a child process (support/crash-stack-child.ts); this process keeps the SES emulator, so
 * every email is counted across crashes. Each round starts the stack, puts it to work, and kills it at a
 * random moment: registration rounds send a burst of concurrent POST /interviews, send rounds advance the
 * clock so that due schedules fire. At the end the stack is restarted and left to settle (clock advanced
 * far, reconciler running), then: every interview answered 201 exists with every step scheduled or settled,
 * no email to a contact left twice, no step lost (stuck pending in the past, or `sending` forever).
 * The default is issue 9's figure, 50 crashes of each kind; each costs a restart (about 4-10 s on two
 * cores), so budget ~15 minutes for it, and RELIABILITY_CRASHES lowers it for a quick look.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { LocalJwt } from "../../../local/local-jwt.js";
import type { LocalStackPorts } from "../../../local/local-stack.js";
import { STALE_CLAIM_MS } from "../../../shared/domain/decide-claim.js";
import { SETTLED, type StepRow, uniqueInterview } from "../support/chain-fixtures.js";
import { emptyFigures, note, type ScenarioFigures } from "../support/figures.js";
import { seededRandom, sleep } from "../support/pool.js";
import { startSesRecorder } from "../support/ses-recorder.js";

const CRASHES = Number(process.env.RELIABILITY_CRASHES ?? 50);
const BURST = 6;
/**
 * A start fires the schedules that fell due while the stack was down, and serves once they have or after
 * 5 s (local-stack.ts): a step whose claim the kill left mid-send answers "busy" until that claim is stale,
 * STALE_CLAIM_MS of real time, and goes on firing in the background. The bound stays generous: the start
 * itself takes tens of seconds on two loaded cores.
 */
const START_TIMEOUT_MS = STALE_CLAIM_MS + 90_000;
const here = fileURLToPath(new URL(".", import.meta.url));

// biome-ignore lint/suspicious/noExplicitAny: JSON answers
type Json = Record<string, any>;

export async function run(seed: number): Promise<ScenarioFigures> {
  const f = emptyFigures("3 kill -9 and restart");
  const random = seededRandom(seed);
  const dataDir = mkdtempSync(join(tmpdir(), "followup-crash-"));
  const sesModule = (await import("aws-ses-v2-local")) as unknown as {
    default: { default?: (c: object) => Promise<Server> } & ((c: object) => Promise<Server>);
  };
  const sesServer = await (sesModule.default.default ?? sesModule.default)({
    port: 0,
    host: "127.0.0.1",
  });
  const ses = await startSesRecorder(`http://127.0.0.1:${(sesServer.address() as AddressInfo).port}`);
  // The first start binds port 0 everywhere (no port is probed and then lost to another process); every
  // restart comes back on the ports it reported, as a real restart on the same data would.
  let ports: Record<string, number> = {
    CRASH_PORT: 0,
    CRASH_DYNAMODB_PORT: 0,
    CRASH_SCHEDULER_PORT: 0,
    CRASH_S3_PORT: 0,
    CRASH_SMTP_PORT: 0,
  };
  let apiUrl = "";
  let child: ChildProcess | undefined;
  const owners = new Map<string, string>();
  const answered = new Map<string, string>(); // interview id -> owner, for every 201
  let n = 0;
  let restarts = 0;
  const startSeconds: number[] = [];
  const stackLog: string[] = [];

  const startOnce = async () => {
    const proc = spawn(process.execPath, ["--import", "tsx", join(here, "../support/crash-stack-child.ts")], {
      env: {
        ...process.env,
        ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])),
        CRASH_DATA_DIR: dataDir,
        CRASH_SES_URL: ses.url,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child = proc;
    restarts++;
    const startedAt = Date.now();
    let output = "";
    await new Promise<void>((ok, fail) => {
      const timer = setTimeout(
        () =>
          fail(new Error(`the stack did not start in ${START_TIMEOUT_MS / 1000} s: ${output.slice(-400)}`)),
        START_TIMEOUT_MS,
      );
      let said: string | undefined = "";
      proc.stdout?.on("data", (chunk: Buffer) => {
        if (said === undefined) return;
        said += chunk.toString();
        const ready = /^READY (\{.*\})$/m.exec(said);
        if (ready?.[1]) {
          const bound = JSON.parse(ready[1]) as LocalStackPorts;
          ports = {
            CRASH_PORT: bound.port,
            CRASH_DYNAMODB_PORT: bound.dynamoPort,
            CRASH_SCHEDULER_PORT: bound.schedulerPort,
            CRASH_S3_PORT: bound.s3Port,
            CRASH_SMTP_PORT: bound.smtpPort,
          };
          apiUrl = `http://127.0.0.1:${bound.port}`;
          said = undefined;
          startSeconds.push((Date.now() - startedAt) / 1000);
          clearTimeout(timer);
          ok();
        }
      });
      proc.stderr?.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        for (const line of chunk.toString().split("\n"))
          if (/fail|dead|error/i.test(line)) stackLog.push(line);
      });
      proc.on("exit", (code) => {
        clearTimeout(timer);
        fail(new Error(`the stack exited (${code}) while starting: ${output.slice(-400)}`));
      });
    });
  };
  // A restart binds the ports the first start was given, from the ephemeral range: after a kill, one of
  // them can be the local port of an outgoing connection for a moment (EADDRINUSE), as a real restart on
  // fixed ports could meet. Such a start is tried again; any other failure is the scenario's.
  const start = async () => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await startOnce();
      } catch (err) {
        if (!/EADDRINUSE/.test(String(err)) || attempt >= 30) throw err;
        await sleep(1000);
      }
    }
  };
  const kill = async () => {
    const proc = child;
    child = undefined;
    if (!proc || proc.exitCode !== null) return;
    const exited = new Promise((ok) => proc.once("exit", ok));
    proc.kill("SIGKILL");
    await exited;
  };
  const api = async (method: string, path: string, token?: string, body?: unknown, timeoutMs = 30_000) => {
    const res = await fetch(`${apiUrl}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body ? { "content-type": "application/json" } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    return { status: res.status, json: (text ? JSON.parse(text) : undefined) as Json | undefined, text };
  };

  try {
    await start();
    const jwt = await LocalJwt.open(dataDir);
    const now = async () => new Date(String((await api("GET", "/_local/clock")).json?.now));

    // Handlers load on their first request: a kill before that would only ever cut the gateway.
    const warm = async () => {
      await api("POST", "/interviews", await jwt.sign("warm-up"), { company: "" }).catch(() => undefined);
    };
    // A few chains that no kill cuts, so the send rounds always have steps to fire.
    const base = Array.from({ length: 4 }, () => n++).map(async (k) => {
      const owner = `crash-${k}`;
      const token = await jwt.sign(owner);
      owners.set(owner, token);
      const res = await api("POST", "/interviews", token, uniqueInterview(await now(), k, 2));
      if (res.status === 201) answered.set(String(res.json?.id), owner);
    });
    await Promise.all(base);

    // Registration bursts, each cut short by a kill at a random moment.
    for (let i = 0; i < CRASHES; i++) {
      if (!child) {
        await start();
        await warm();
      }
      const today = await now();
      const burst = Array.from({ length: BURST }, () => n++).map(async (k) => {
        const owner = `crash-${k}`;
        const token = await jwt.sign(owner);
        owners.set(owner, token);
        f.attempts++;
        try {
          const res = await api("POST", "/interviews", token, uniqueInterview(today, k, 2));
          if (res.status === 201) answered.set(String(res.json?.id), owner);
          else if (res.status >= 500) {
            f.fiveXx++;
            note(f, "5xx", `POST /interviews: ${res.status} ${res.text.slice(0, 120)}`);
          }
        } catch {
          // Cut by the kill: no answer, no promise made.
        }
      });
      await sleep(200 + random() * 3000);
      await kill();
      await Promise.all(burst);
    }

    // Sends: the clock advances through the chains' days and the stack dies while schedules fire.
    for (let i = 0; i < CRASHES; i++) {
      if (!child) await start();
      f.attempts++;
      const advancing = api("POST", "/_local/clock", undefined, { advance: "P2D" }).catch(() => undefined);
      await sleep(100 + random() * 2500);
      await kill();
      await advancing;
    }

    // Settle: restart, play far ahead, let the reconciler (every second) re-create and sweep, play again.
    await start();
    for (const step of ["P60D", "P1D", "P1D"]) {
      await api("POST", "/_local/clock", undefined, { advance: step }, 120_000);
      await sleep(3000);
    }

    // Check every interview any owner holds, and every one that was answered 201.
    const seen = new Set<string>();
    const emails = new Map<string, number>();
    for (const e of ses.arrivals) {
      if (!e.interviewId || !e.stepId) continue;
      const key = `${e.interviewId}/${e.stepId}`;
      emails.set(key, (emails.get(key) ?? 0) + 1);
    }
    const clock = await now();
    let unknown = 0;
    for (const [owner, token] of owners) {
      const list = await api("GET", "/interviews?limit=100", token);
      for (const item of (list.json?.items ?? []) as { id: string; steps: StepRow[] }[]) {
        seen.add(item.id);
        for (const s of item.steps) {
          const count = emails.get(`${item.id}/${s.id}`) ?? 0;
          if (count > 1 && s.channel === "email") {
            f.duplicateEmails += count - 1;
            note(f, "duplicate", `${item.id}/${s.id} (${owner}) emailed ${count} times`);
          }
          const overdue = Date.parse(s.sendAt) < clock.getTime() - 86_400_000;
          if (s.status === "sending" || (!SETTLED.has(s.status) && overdue)) {
            f.lostSteps++;
            note(f, "lost", `${item.id}/${s.id} reads ${s.status}, due ${s.sendAt}`);
          }
          if (s.status === "unknown") unknown++;
        }
      }
    }
    for (const [id, owner] of answered) {
      if (!seen.has(id)) {
        f.halfWritten++;
        note(f, "half-written", `${id} was answered 201 to ${owner} but does not exist`);
      }
    }
    if (f.lostSteps > 0) {
      f.notes.push(`the stack's last complaints: ${stackLog.slice(-3).join(" | ").slice(0, 600) || "none"}`);
    }
    // A run in which nothing was registered or sent proves nothing: it fails rather than passes.
    if (answered.size === 0 || ses.arrivals.length === 0) {
      f.other++;
      note(f, "vacuous", "no registration was answered or no email went out: the kills came too early");
    }
    f.notes.unshift(
      `${CRASHES} kills during registration bursts of ${BURST}, ${CRASHES} during sends, ${restarts} starts; ${answered.size} interviews answered 201, ${seen.size} exist; ${ses.arrivals.length} emails`,
      `${unknown} steps settled as unknown (a send cut by a kill: by design, never re-sent)`,
      `starts took ${Math.min(...startSeconds).toFixed(1)}-${Math.max(...startSeconds).toFixed(1)} s; ${startSeconds.filter((t) => t > 60).length} over 60 s (a kill mid-send: the restart waits for the claim to go stale)`,
    );
    return f;
  } finally {
    await kill();
    await ses.close();
    await new Promise<void>((ok) => {
      sesServer.closeAllConnections?.();
      sesServer.close(() => ok());
    });
    rmSync(dataDir, { recursive: true, force: true });
  }
}
