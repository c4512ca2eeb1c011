/**
 * Scenario 1: duplicate, late and concurrent schedule fires. EventBridge Scheduler delivers at least once,
 * so every step's payload is handed to the sender 2-3 times at once when due, and a fifth of the steps
 * again after the clock has moved on (a retry that comes late), as are the fires the sender asked to be
 * retried. Every email to a contact must leave at most once, and every step must end settled, none stuck
 * in `sending`. Chains are played in batches of about 500 steps (registered, fired to the end, checked,
 * deleted): the local scheduler emulator rewrites its whole state on every change, and thousands of
 * pending schedules would make registration, not the sender, the subject of the run.
 */
import { SETTLED, type StepRow, stepsOf, uniqueInterview } from "../support/chain-fixtures.js";
import { emptyFigures, note, type ScenarioFigures } from "../support/figures.js";
import { patientApi } from "../support/patient-api.js";
import { inPool, seededRandom } from "../support/pool.js";
import { type ReliabilityStack, startReliabilityStack } from "../support/reliability-stack.js";
import { type Fire, loadSender } from "../support/sender.js";

const TARGET_STEPS = Number(process.env.RELIABILITY_STEPS ?? 5000);
const STEPS_PER_BATCH = 500;
const INTERVIEWERS = 10;
const CONCURRENCY = 24;

type Row = StepRow & { interviewId: string };

export async function run(seed: number): Promise<ScenarioFigures> {
  const f = emptyFigures("1 duplicate/late/concurrent fires");
  const random = seededRandom(seed);
  const r = await startReliabilityStack();
  const sender = await loadSender();
  const totals = {
    interviews: 0,
    steps: 0,
    emails: 0,
    unknown: 0,
    reminderRepeats: 0,
    unavailable: 0,
    inProgress: 0,
    registerMs: 0,
    fireMs: 0,
  };
  const patiently = patientApi(r, totals);
  let n = 0;
  try {
    while (totals.steps < TARGET_STEPS) {
      await playBatch(Math.min(STEPS_PER_BATCH, TARGET_STEPS - totals.steps));
    }
    f.notes.unshift(
      `${totals.interviews} interviews, ${totals.steps} steps, each fired 2-3 times at once when due; ${totals.emails} emails reached SES`,
      `seconds spent registering ${Math.round(totals.registerMs / 1000)}, firing ${Math.round(totals.fireMs / 1000)}`,
    );
    if (totals.unavailable > 0)
      f.notes.push(
        `${totals.unavailable} answers were 503 with Retry-After (the local store did not answer within the clients' timeouts); tried again after it`,
      );
    if (totals.inProgress > 0)
      f.notes.push(
        `${totals.inProgress} registrations were retried while their first attempt was still settling (409 idempotency_in_progress); tried again after Retry-After`,
      );
    if (totals.reminderRepeats > 0)
      f.notes.push(
        `${totals.reminderRepeats} reminders to candidates went again (allowed: they may be retried)`,
      );
    // `unknown` is a settled status, so not a lost step; but with no crash no claim should go stale, so
    // each one is a false alarm sent to the candidate: reported, not (yet) failed on.
    if (totals.unknown > 0)
      f.notes.push(
        `finding: ${totals.unknown} steps read unknown although no sender died (their emails did leave; the candidate is told they may not have)`,
      );
    if (sender.errors.length > 0)
      f.notes.push(
        `the sender threw ${sender.errors.length} times (each fire retried later, as the scheduler would)`,
      );
    for (const e of sender.errors) note(f, "sender error", e);
    return f;
  } finally {
    await r.close();
  }

  async function playBatch(stepTarget: number): Promise<void> {
    const t0 = Date.now();
    const steps: Row[] = [];
    const tokens = new Map<string, string>();
    const start = r.stack.clock.now();
    while (steps.length < stepTarget) {
      const batch = Array.from({ length: 8 }, () => n++);
      await inPool(batch, 4, async (i) => {
        const token = await r.token(`dup-${i}`);
        // As a careful client registers: with an Idempotency-Key, so a retry after a lost answer or a 503
        // cannot make a second chain.
        const res = await patiently("POST", "/interviews", {
          token,
          body: uniqueInterview(start, i, INTERVIEWERS),
          headers: { "idempotency-key": `dup-${seed}-${i}` },
        });
        if (res.status >= 500) f.fiveXx++;
        if (res.status !== 201) return note(f, "register", `${res.status} ${res.text.slice(0, 160)}`);
        const id = String(res.json?.id);
        tokens.set(id, token);
        for (const s of stepsOf(res.json)) steps.push({ ...s, interviewId: id });
      });
    }
    const t1 = Date.now();
    totals.registerMs += t1 - t0;
    totals.interviews += tokens.size;
    totals.steps += steps.length;
    const arrivalsBefore = r.ses.arrivals.length;

    // Fire in time order: the clock is set to each group's time, as the scheduler would see it.
    const byTime = new Map<number, Row[]>();
    for (const s of steps) {
      const t = Date.parse(s.sendAt);
      byTime.set(t, [...(byTime.get(t) ?? []), s]);
    }
    let late: Fire[] = [];
    const fireAll = async (fires: Fire[]) => {
      f.attempts += fires.length;
      await inPool(fires, CONCURRENCY, async (x) => {
        // The scheduler's retry of a fire that asked for one comes later, with the next group.
        if ((await sender.fire(x)) === "retry") late.push(x);
      });
    };
    for (const t of [...byTime.keys()].sort((a, b) => a - b)) {
      r.stack.clock.setNow(new Date(t));
      const fires: Fire[] = [...late];
      late = [];
      for (const s of byTime.get(t) ?? []) {
        const copies = 2 + Math.floor(random() * 2);
        for (let k = 0; k < copies; k++) fires.push({ interviewId: s.interviewId, stepId: s.id });
        if (random() < 0.2) late.push({ interviewId: s.interviewId, stepId: s.id });
      }
      shuffle(fires, random);
      await fireAll(fires);
    }
    // The last late fires and retries, a day apart, until none asks for another.
    for (let round = 0; late.length > 0 && round < 5; round++) {
      r.stack.clock.setNow(new Date(r.stack.clock.now().getTime() + 86_400_000));
      const wave = late;
      late = [];
      await fireAll(wave);
    }
    totals.fireMs += Date.now() - t1;
    await check(r, steps, tokens, arrivalsBefore);
  }

  /** Emails per step (from the recorder, cross-checked with the SES store) against what each chain says. */
  async function check(r: ReliabilityStack, steps: Row[], tokens: Map<string, string>, from: number) {
    const arrivals = r.ses.arrivals.slice(from);
    totals.emails += arrivals.length;
    const perStep = new Map<string, number>();
    for (const e of arrivals) {
      if (!e.interviewId || !e.stepId) continue;
      const key = `${e.interviewId}/${e.stepId}`;
      perStep.set(key, (perStep.get(key) ?? 0) + 1);
    }
    // At most once holds for emails to contacts; a reminder to the candidate may be retried by design.
    const channel = new Map(steps.map((s) => [`${s.interviewId}/${s.id}`, s.channel]));
    for (const [key, count] of perStep) {
      if (count < 2) continue;
      if (channel.get(key) === "reminder") totals.reminderRepeats += count - 1;
      else {
        f.duplicateEmails += count - 1;
        note(f, "duplicate", `${key} emailed ${count} times`);
      }
    }
    const stored = (await r.storedEmails()).length;
    if (stored !== r.ses.arrivals.length) {
      f.other++;
      note(
        f,
        "store",
        `${stored} emails in the SES store but ${r.ses.arrivals.length} SendEmail calls arrived`,
      );
    }
    await inPool([...tokens], 8, async ([id, token]) => {
      const res = await patiently("GET", `/interviews/${id}`, { token });
      if (res.status >= 500) f.fiveXx++;
      for (const s of stepsOf(res.json)) {
        const emailed = perStep.get(`${id}/${s.id}`) ?? 0;
        if (!SETTLED.has(s.status)) {
          f.lostSteps++;
          note(f, "lost", `${id}/${s.id} ended ${s.status}`);
        } else if (s.status === "sent" && emailed === 0) {
          f.lostSteps++;
          note(f, "lost", `${id}/${s.id} reads sent but no email reached SES`);
        } else if (emailed > 0 && s.status !== "sent" && s.status !== "unknown") {
          f.halfWritten++;
          note(f, "half-written", `${id}/${s.id} was emailed but reads ${s.status}`);
        }
        if (s.status === "unknown") totals.unknown++;
      }
      // Done with: its schedules go, so the emulator's state stays small.
      await r.api("DELETE", `/interviews/${id}`, { token });
    });
  }
}

function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
}
