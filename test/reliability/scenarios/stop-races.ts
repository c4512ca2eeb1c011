/**
 * Scenario 2: stop, reply and unsubscribe racing the sends. Batches of interviews whose first steps (three
 * thank-yous and a reminder) fall due at the same minute; for each, those steps' schedules fire (once or
 * twice) at random moments while, at another random moment, the candidate stops the chain, an interviewer
 * replies by SMTP to a step's Reply-To, or an interviewer presses one-click unsubscribe. Each action is
 * committed when its answer arrives (the HTTP answer, the end of the SMTP transaction); each email arrives
 * when the SES emulator receives it (a recording proxy, on this process's clock). An email to that chain
 * (stop, reply) or to that address (unsubscribe) arriving after the commit breaks "never after a stop".
 */
import nodemailer from "nodemailer";
import { STALE_CLAIM_MS } from "../../../shared/domain/decide-claim.js";
import { replyToken } from "../../../shared/mail/reply-token.js";
import { unsubscribeToken } from "../../../shared/security/unsubscribe-token.js";
import { SETTLED, type StepRow, stepsOf, uniqueInterview } from "../support/chain-fixtures.js";
import { emptyFigures, note, type ScenarioFigures } from "../support/figures.js";
import { judgedWithRace } from "../support/judged-with-race.js";
import { isUnavailable, patientApi } from "../support/patient-api.js";
import { inPool, seededRandom, sleep } from "../support/pool.js";
import { type ApiAnswer, startReliabilityStack } from "../support/reliability-stack.js";
import { loadSender } from "../support/sender.js";
import { settleLikeProduction } from "../support/settle.js";
import { settleStaleClaims } from "../support/settle-stale-claims.js";

const RACES = Number(process.env.RELIABILITY_RACES ?? 1000);
const BATCH = 20;
/** The window, in ms, over which the fires and the action are spread at random. */
const JITTER_MS = 40;
/**
 * How long, in real time, the scenario waits at its end for claims left `sending` to go stale and settle
 * before their races are judged: a claim is stale STALE_CLAIM_MS of real time after it was written.
 */
const STALE_WAIT_MS = STALE_CLAIM_MS + 60_000;

type Action = "stop" | "reply" | "unsubscribe";

/**
 * The answer promised when a dependency does not answer in time (here: the local store starved of CPU on a
 * loaded machine): 503 `service_unavailable` with Retry-After, nothing changed. A client retries it; it is
 * counted and printed, and a broken promise only when retrying does not get through.
 */
interface Race {
  n: number;
  id: string;
  token: string;
  action: Action;
  /** The step whose Reply-To / unsubscribe link the contact used, and that contact's address. */
  via: StepRow;
  due: StepRow[];
  committedAt?: number;
  answer?: ApiAnswer;
  /**
   * When the race was held back to be judged at the end (real time). Later batches move the clock on, so its
   * chain's later steps fall due and may rightly email (a reply that asks for a check-in plans one): of the
   * emails after this moment only the racing steps' are judged, as a race judged with its batch would be.
   */
  heldBackAt?: number;
}

export async function run(seed: number): Promise<ScenarioFigures> {
  const f = emptyFigures("2 stop/reply/unsubscribe races");
  const random = seededRandom(seed);
  const r = await startReliabilityStack();
  const smtp = nodemailer.createTransport({
    host: "127.0.0.1",
    port: r.stack.smtpPort,
    secure: false,
    ignoreTLS: true,
  });
  const byAction: Record<Action, { races: number; late: number }> = {
    stop: { races: 0, late: 0 },
    reply: { races: 0, late: 0 },
    unsubscribe: { races: 0, late: 0 },
  };
  const lateness: number[] = [];
  let reminderRepeats = 0;
  let retriedActions = 0;
  const patience = { unavailable: 0, inProgress: 0 };
  const patiently = patientApi(r, patience);
  const phases = { register: 0, race: 0, stale: 0, assess: 0 };
  /** Races with a step still `sending` once their batch settled: judged at the end, after one wait. */
  const deferred: Race[] = [];
  try {
    const sender = await loadSender();
    await warmUp(sender);
    for (let first = 0; first < RACES; first += BATCH) {
      const numbers = Array.from({ length: Math.min(BATCH, RACES - first) }, (_, i) => first + i);
      const races: Race[] = [];
      const start = r.stack.clock.now();
      let t = Date.now();
      await inPool(numbers, 4, async (n) => {
        const token = await r.token(`race-${n}`);
        const body = uniqueInterview(start, n, 3);
        const headers = { "idempotency-key": `stop-races-${seed}-${n}` };
        const res = await patiently("POST", "/interviews", { token, body, headers });
        if (res.status >= 500) f.fiveXx++;
        if (res.status !== 201) return note(f, "register", `${res.status} ${res.text.slice(0, 160)}`);
        const steps = stepsOf(res.json);
        const firstAt = Math.min(...steps.map((s) => Date.parse(s.sendAt)));
        const due = steps.filter((s) => Date.parse(s.sendAt) === firstAt);
        const via = due.find((s) => s.channel === "email");
        if (!via) return note(f, "fixture", `no email due first in ${res.json?.id}`);
        const action = (["stop", "reply", "unsubscribe"] as const)[Math.floor(random() * 3)] as Action;
        races.push({ n, id: String(res.json?.id), token, action, via, due });
      });
      // Every chain of the batch has its first steps due at the same minute: be there.
      const dueAt = Math.min(...races.map((x) => Math.min(...x.due.map((s) => Date.parse(s.sendAt)))));
      r.stack.clock.setNow(new Date(dueAt));
      phases.register += Date.now() - t;
      t = Date.now();

      const retries: { interviewId: string; stepId: string }[] = [];
      await Promise.all(
        races.flatMap((race) => {
          const fires = race.due.flatMap((s) =>
            Array.from({ length: 1 + Math.floor(random() * 2) }, async () => {
              await sleep(random() * JITTER_MS);
              f.attempts++;
              const x = { interviewId: race.id, stepId: s.id };
              if ((await sender.fire(x)) === "retry") retries.push(x);
            }),
          );
          const act = (async () => {
            await sleep(random() * JITTER_MS);
            await commit(race);
          })();
          return [...fires, act];
        }),
      );
      // The scheduler's retries of fires that asked for one, a few minutes later.
      r.stack.clock.setNow(new Date(r.stack.clock.now().getTime() + 5 * 60_000));
      await inPool(retries, 16, async (x) => {
        await sender.fire(x);
      });
      // Then the reconciler and the steps' own schedules, as in production, before anything is judged.
      await settleLikeProduction(r).catch((err) => note(f, "settle", String(err).slice(0, 160)));
      phases.race += Date.now() - t;
      t = Date.now();
      // A `sent` record or a claim's release that the starved store did not take leaves a step `sending`
      // until its claim is stale (real time): its schedule's retries settle it then. Such races are judged
      // at the end, after one bounded wait for all of them, as production would settle them. Emails after a
      // stop are counted from the SES arrivals and the commits; of those after the hold, only the racing
      // steps' count (`heldBackAt`): the clock moves on meanwhile and the chain's later steps fall due.
      const stuck = new Set<string>();
      await inPool(races, 8, async (race) => {
        if ((await sendingSteps(race)).length > 0) stuck.add(race.id);
      });
      const heldBackAt = Date.now();
      for (const x of races) if (stuck.has(x.id)) deferred.push(Object.assign(x, { heldBackAt }));
      const ready = races.filter((x) => !stuck.has(x.id));
      phases.race += Date.now() - t;
      t = Date.now();
      await assess(ready);
      // Keep the scheduler emulator's state small: a batch is done with once assessed.
      await inPool(ready, 4, async (race) => {
        await r.api("DELETE", `/interviews/${race.id}`, { token: race.token });
      });
      phases.assess += Date.now() - t;
    }
    const waitStarted = Date.now();
    const byId = new Map(deferred.map((x) => [x.id, x]));
    const settled = await settleStaleClaims(
      {
        sendingSteps: (id) => sendingSteps(byId.get(id) as Race),
        fire: (x) => sender.fire(x),
        sleep,
        nowMs: () => Date.now(),
      },
      deferred.map((x) => x.id),
      STALE_WAIT_MS,
    );
    phases.stale = Date.now() - waitStarted;
    await assess(deferred);
    f.notes.push(
      `${deferred.length} races had a step still \`sending\` once their batch had settled, judged at the end: ${settled.waitedFor} steps still \`sending\` then, waited ${Math.round(settled.waitedMs / 1000)} s for their claims to go stale (their steps fired again as the schedule's retry does); ${settled.left.length} still \`sending\` at the ${STALE_WAIT_MS / 1000} s bound (counted below)`,
    );
    f.notes.push(
      `seconds spent registering ${Math.round(phases.register / 1000)}, racing ${Math.round(phases.race / 1000)}, waiting for stale claims ${Math.round(phases.stale / 1000)}, checking and deleting ${Math.round(phases.assess / 1000)}`,
    );
    if (sender.errors.length > 0) f.notes.push(`the sender threw ${sender.errors.length} times (retried)`);
    for (const e of sender.errors) note(f, "sender error", e);
    const summary = (Object.keys(byAction) as Action[])
      .map((a) => `${a} ${byAction[a].late}/${byAction[a].races}`)
      .join(", ");
    f.notes.push(`races with an email after the commit, by action: ${summary}`);
    if (reminderRepeats > 0) f.notes.push(`${reminderRepeats} reminders to candidates went again (allowed)`);
    if (retriedActions > 0)
      f.notes.push(`${retriedActions} actions were retried after a 409, a 503 or an SMTP 451`);
    if (patience.unavailable + patience.inProgress > 0)
      f.notes.push(
        `${patience.unavailable} answers were 503 service_unavailable with Retry-After (the store slower than its timeout; retried like a client, nothing changed), ${patience.inProgress} were 409 idempotency_in_progress`,
      );
    if (lateness.length > 0) {
      lateness.sort((a, b) => a - b);
      f.notes.push(
        `those emails arrived ${lateness[0]}-${lateness[lateness.length - 1]} ms after the commit`,
      );
    }
    return f;
  } finally {
    smtp.close();
    await r.close();
  }

  /**
   * One chain's first steps sent before the races, not judged: the first burst otherwise met a cold sender
   * (its clients' first connections, code not yet compiled), and half of its ~80 sends failed (seed 152135:
   * DynamoDB timeouts and missed claim windows), leaving claims that the settle then waited two real minutes
   * to see go stale. Lambdas warm up too; the races are about stops, not cold starts.
   */
  async function warmUp(sender: Awaited<ReturnType<typeof loadSender>>): Promise<void> {
    const token = await r.token("race-warm-up");
    const body = uniqueInterview(r.stack.clock.now(), RACES, 3);
    const res = await patiently("POST", "/interviews", { token, body });
    if (res.status !== 201) return;
    const steps = stepsOf(res.json);
    const firstAt = Math.min(...steps.map((s) => Date.parse(s.sendAt)));
    r.stack.clock.setNow(new Date(firstAt));
    const id = String(res.json?.id);
    await Promise.all(
      steps
        .filter((s) => Date.parse(s.sendAt) === firstAt)
        .map((s) => sender.fire({ interviewId: id, stepId: s.id })),
    );
    await r.api("DELETE", `/interviews/${id}`, { token });
  }

  /** The steps of the race's chain still `sending` (a fresh read, retried through a 503 like a client). */
  async function sendingSteps(race: Race): Promise<string[]> {
    const res = await patiently("GET", `/interviews/${race.id}`, { token: race.token });
    return stepsOf(res.json)
      .filter((s) => s.status === "sending")
      .map((s) => s.id);
  }

  /**
   * The action, retried like a person (a 409 or a 503 with Retry-After) or a mail server (an SMTP 451)
   * would; committed when an attempt is accepted. Any other 5xx counts, and so does a 503 that four
   * attempts did not get past.
   */
  async function commit(race: Race): Promise<void> {
    f.attempts++;
    byAction[race.action].races++;
    for (let attempt = 1; attempt <= 4; attempt++) {
      if (attempt > 1) {
        retriedActions++;
        await sleep(200 * attempt);
      }
      try {
        if (await attemptAction(race)) return;
      } catch (err) {
        if (!/\b451\b/.test(String(err)) || attempt === 4) {
          f.other++;
          note(f, "action failed", `${race.action} on ${race.id}: ${String(err).slice(0, 160)}`);
          return;
        }
      }
    }
    f.other++;
    note(
      f,
      "action failed",
      `${race.action} on ${race.id}: ${race.answer?.status} ${race.answer?.text.slice(0, 120)}`,
    );
  }

  /** True once the action is committed; false for a 5xx worth retrying; throws for an SMTP failure. */
  async function attemptAction(race: Race): Promise<boolean> {
    if (race.action === "reply") {
      const address = `${replyToken(r.replySecret, race.id, race.via.id)}@reply.followup.local`;
      await smtp.sendMail({
        from: `Interviewer <${race.via.to.email}>`,
        to: address,
        subject: "Re: thank you",
        text: "Thanks for your note, it was a pleasure. We will be in touch next week.\n",
      });
      race.committedAt = Date.now();
      return true;
    }
    race.answer =
      race.action === "stop"
        ? await r.api("POST", `/interviews/${race.id}/stop`, {
            token: race.token,
            body: { reason: "withdrawn" },
          })
        : await r.api("POST", `/unsubscribe/${unsubscribeToken(r.replySecret, race.id, race.via.id)}`, {
            raw: "List-Unsubscribe=One-Click",
            headers: { "content-type": "application/x-www-form-urlencoded" },
          });
    // A version conflict tells the caller to try again, which a person (or their app) does.
    if (race.answer.status === 409 && race.answer.json?.error?.code === "version_conflict") {
      note(f, "409 version_conflict", `${race.action} of ${race.id} (retried)`);
      return false;
    }
    if (isUnavailable(race.answer)) {
      patience.unavailable++;
      return false;
    }
    if (race.answer.status >= 500) {
      f.fiveXx++;
      note(f, "5xx", `${race.action} of ${race.id}: ${race.answer.status} ${race.answer.text.slice(0, 100)}`);
      return false;
    }
    if (race.answer.status !== 200) {
      throw new Error(`${race.answer.status} ${race.answer.text.slice(0, 120)}`);
    }
    race.committedAt = race.answer.at;
    return true;
  }

  async function assess(races: Race[]): Promise<void> {
    await inPool(races, 8, async (race) => {
      const final = await r.api("GET", `/interviews/${race.id}`, { token: race.token });
      if (final.status >= 500) f.fiveXx++;
      const steps = stepsOf(final.json);
      const contact = race.via.to.email.toLowerCase();
      const mine = r.ses.arrivals.filter(
        (e) => e.interviewId === race.id && e.stepId && judgedWithRace(race, e.stepId, e.at),
      );
      const concerned =
        race.action === "unsubscribe"
          ? mine.filter((e) => e.to.some((t) => t.toLowerCase().includes(contact)))
          : mine;
      if (race.committedAt !== undefined) {
        const after = concerned.filter((e) => e.at > (race.committedAt as number));
        if (after.length > 0) {
          f.emailsAfterStop += after.length;
          byAction[race.action].late++;
          for (const e of after) lateness.push(e.at - (race.committedAt as number));
          note(
            f,
            "after stop",
            `${race.action} of ${race.id} committed, then ${after.map((e) => `${e.stepId} +${e.at - (race.committedAt as number)} ms`).join(", ")}`,
            5,
          );
        }
      }
      // What the chain (and a stop's own answer) says went out must be what went out.
      const emailed = new Map<string, number>();
      for (const e of mine) emailed.set(e.stepId as string, (emailed.get(e.stepId as string) ?? 0) + 1);
      for (const [stepId, count] of emailed) {
        const s = steps.find((x) => x.id === stepId);
        // At most once holds for emails to contacts; a reminder to the candidate may be retried by design.
        if (count > 1 && s?.channel === "reminder") reminderRepeats += count - 1;
        else if (count > 1) {
          f.duplicateEmails += count - 1;
          note(f, "duplicate", `${race.id}/${stepId} emailed ${count} times`);
        }
        if (s && s.status !== "sent" && s.status !== "unknown") {
          f.halfWritten++;
          note(f, "timeline", `${race.id}/${stepId} went out but the chain says ${s.status}`);
        }
      }
      if (race.action === "stop" && race.answer?.status === 200) {
        for (const s of stepsOf(race.answer.json)) {
          if (emailed.has(s.id) && s.status !== "sent" && s.status !== "sending") {
            f.other++;
            note(f, "stop answer", `${race.id}: the stop answered ${s.id} ${s.status}, but it went out`);
          }
        }
      }
      for (const s of race.due) {
        const now = steps.find((x) => x.id === s.id);
        if (!now || !SETTLED.has(now.status)) {
          f.lostSteps++;
          note(f, "lost", `${race.id}/${s.id} ended ${now?.status ?? "missing"}`);
        }
      }
      // An unsubscribe concerns one address: the chain itself must go on.
      if (
        race.action === "unsubscribe" &&
        final.json?.status !== "active" &&
        final.json?.status !== "completed"
      ) {
        f.wrongStops++;
        note(f, "wrong stop", `unsubscribe of ${contact} left ${race.id} ${final.json?.status}`);
      }
      if (race.action === "reply" && race.committedAt !== undefined && final.json?.status !== "replied") {
        f.wrongStops++;
        note(f, "missed stop", `a contact's reply left ${race.id} ${final.json?.status}`);
      }
    });
  }
}
