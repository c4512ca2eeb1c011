/**
 * `npm run demo`: plays two follow-up chains on a throw-away local stack and prints what happened, so a
 * newcomer sees the product work in a minute. Uses ports the system picks and a temp dir: a running `npm start` is
 * not disturbed.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addCalendarDays } from "../shared/domain/calendar-day.js";
import { readInstant } from "../shared/domain/offset-date-time.js";
import { dayWords, localTimeWords } from "../shared/mail/date-words.js";
import { demoStopMoment } from "./demo-stop-moment.js";
import { ANY_PORTS, startLocalStack } from "./local-stack.js";
import { nextWeekday } from "./next-weekday.js";

// biome-ignore lint/suspicious/noExplicitAny: the demo prints arbitrary API answers
type Json = Record<string, any>;

// The handlers log a JSON line per request; the demo shows its own account of what happened instead.
const print = console.log.bind(console);
console.log = (...args: unknown[]) => {
  if (typeof args[0] === "string" && args[0].startsWith('{"level":"info"')) return;
  print(...args);
};

const dataDir = mkdtempSync(join(tmpdir(), "followup-demo-"));
const stack = await startLocalStack({
  dataDir,
  ...ANY_PORTS,
  pollIntervalMs: 0,
  reconcileIntervalMs: 0,
});

async function api(method: string, path: string, token?: string, body?: unknown): Promise<Json> {
  const res = await fetch(`${stack.apiUrl}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body ? { "content-type": "application/json" } : {}),
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  if (res.status >= 400) throw new Error(`${method} ${path} -> ${res.status} ${text}`);
  return text ? (JSON.parse(text) as Json) : {};
}

const shortDay = (day: string) => {
  const w = dayWords(day);
  return `${w.weekdayShort} ${w.day} ${w.monthShort}`;
};

const local = (iso: string, zone: string) => {
  const at = readInstant(iso, zone);
  if (!at) return iso;
  const w = localTimeWords(at, zone);
  return `${w.weekdayShort} ${w.day} ${w.monthShort} ${w.time}`;
};

function printChain(interview: Json) {
  console.log(`\n  ${interview.company}, ${interview.role} (${interview.round}) -> ${interview.status}`);
  for (const s of interview.steps as Json[]) {
    const who = s.channel === "email" ? `email to ${s.to.name}` : `reminder to ${s.to.name}`;
    const state = `${s.status}${s.reason ? ` (${s.reason})` : ""}`;
    console.log(
      `    ${s.id.padEnd(4)} ${local(s.sendAt, s.timezone).padEnd(17)} ${s.kind.padEnd(19)} ${who.padEnd(28)} ${state}`,
    );
  }
}

async function emails(): Promise<Json[]> {
  return ((await (await fetch(`${stack.sesUrl}/store`)).json()) as { emails: Json[] }).emails;
}

try {
  const token = await stack.jwt.sign("demo-candidate");
  const { day, at: interviewedAt } = nextWeekday(stack.clock.now(), "America/New_York", 14);
  const candidate = { name: "Sam Lee", email: "sam@example.com", links: ["https://github.com/samlee"] };

  console.log(
    `Local stack up (clock ${stack.clock.now().toISOString()}). Registering two interviews on ${shortDay(day)}...`,
  );
  const acme = await api("POST", "/interviews", token, {
    company: "Acme Corp",
    role: "Staff Engineer",
    round: "onsite",
    interviewedAt,
    timezone: "America/New_York",
    country: "US",
    candidate,
    interviewers: [
      { name: "Dana Ortiz", email: "dana@acme.example", topics: ["the billing pipeline"] },
      { name: "Lee Park", email: "lee@acme.example", topics: ["on-call culture"] },
    ],
    recruiter: { name: "Priya Shah", email: "priya@acme.example" },
    decisionExpectedBy: addCalendarDays(day, 10),
    mode: "send",
  });
  const globex = await api("POST", "/interviews", token, {
    company: "Globex",
    role: "Platform Lead",
    round: "final",
    interviewedAt,
    timezone: "America/New_York",
    country: "US",
    candidate,
    interviewers: [{ name: "Hank Scorpio", email: "hank@globex.example" }],
    recruiter: { name: "Marge Bouvier", email: "marge@globex.example", timezone: "Europe/London" },
    mode: "remind",
  });
  console.log("\nPlanned chains (times in each recipient's zone):");
  printChain(acme);
  printChain(globex);

  console.log("\nAdvancing the clock past the thank-you notes...");
  const stopAt = demoStopMoment(globex.steps as { sendAt: string }[]);
  console.log(`  ${JSON.stringify(await api("POST", "/_local/clock", undefined, { to: stopAt }))}`);
  console.log("\nGlobex made an offer: the candidate stops that chain.");
  await api("POST", `/interviews/${globex.id}/stop`, token, { reason: "offer" });

  console.log("\nAdvancing the clock 30 more days...");
  console.log(`  ${JSON.stringify(await api("POST", "/_local/clock", undefined, { advance: "P30D" }))}`);

  console.log("\nWhere the chains ended:");
  printChain(await api("GET", `/interviews/${acme.id}`, token));
  printChain(await api("GET", `/interviews/${globex.id}`, token));

  const sent = await emails();
  console.log(`\nEmails the SES emulator received (${sent.length}):`);
  for (const e of sent) console.log(`  to ${String(e.destination.to[0]).padEnd(40)} ${e.subject}`);
  console.log("\nA full email (the first thank-you):\n");
  const first = sent[0];
  if (first) {
    console.log(
      `  From: ${first.from}\n  To: ${first.destination.to.join(", ")}\n  Cc: ${first.destination.cc.join(", ")}`,
    );
    console.log(`  Reply-To: ${first.replyTo.join(", ")}\n  Subject: ${first.subject}\n`);
    console.log(String(first.body.text).replace(/^/gm, "  "));
  }
  console.log("Run `npm start` to keep a stack running and try the API yourself (see README.md).");
} finally {
  await stack.close();
  rmSync(dataDir, { recursive: true, force: true });
}
