/**
 * Scenario 7: every quota, as issue 9 documents it (being built): an owner registers at most 20 interviews
 * a day (the 21st answers 429), at most 50 emails to contacts leave a day (the rest are deferred to the next
 * window, never dropped), and GET /usage tells the owner where they stand.
 */
import { SETTLED, stepsOf, uniqueInterview } from "../support/chain-fixtures.js";
import { emptyFigures, note, type ScenarioFigures } from "../support/figures.js";
import { startReliabilityStack } from "../support/reliability-stack.js";

const INTERVIEWS_PER_DAY = 20;
const EMAILS_PER_DAY = 50;

export async function run(): Promise<ScenarioFigures> {
  const f = emptyFigures("7 quotas");
  const r = await startReliabilityStack();
  try {
    const now = r.stack.clock.now();
    // Registration: 22 in one day by one owner; the 21st and 22nd must be refused with 429.
    const heavy = await r.token("quota-heavy");
    const statuses: number[] = [];
    for (let i = 0; i < INTERVIEWS_PER_DAY + 2; i++) {
      f.attempts++;
      const res = await r.api("POST", "/interviews", { token: heavy, body: uniqueInterview(now, i, 1) });
      statuses.push(res.status);
      if (res.status >= 500) f.fiveXx++;
    }
    const over = statuses.slice(INTERVIEWS_PER_DAY);
    f.notes.push(
      `registrations 1-${INTERVIEWS_PER_DAY}: ${count(statuses.slice(0, INTERVIEWS_PER_DAY))}; past the quota: ${count(over)}`,
    );
    const admitted = over.filter((s) => s !== 429).length;
    if (admitted > 0) {
      f.other += admitted;
      note(
        f,
        "registration quota",
        `${admitted} registrations past ${INTERVIEWS_PER_DAY}/day were not answered 429`,
      );
    }

    // Emails: another owner's 6 interviews with 10 interviewers each put 60 thank-yous on one morning.
    const mailer = await r.token("quota-mailer");
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      f.attempts++;
      const res = await r.api("POST", "/interviews", {
        token: mailer,
        body: uniqueInterview(now, 100 + i, 10),
      });
      if (res.status === 201) ids.push(String(res.json?.id));
      else note(f, "register", `${res.status} ${res.text.slice(0, 120)}`);
    }
    const firstDay = Math.min(
      ...(
        await Promise.all(
          ids.map(async (id) => (await r.api("GET", `/interviews/${id}`, { token: mailer })).json),
        )
      )
        .flatMap((j) => stepsOf(j))
        .map((s) => Date.parse(s.sendAt)),
    );
    const before = r.ses.arrivals.length;
    // The end of that day in the candidates' zone (New York), generously: 20 hours after the first send.
    await r.api("POST", "/_local/clock", { body: { to: new Date(firstDay + 20 * 3_600_000).toISOString() } });
    const toContacts = r.ses.arrivals
      .slice(before)
      .filter((e) => e.stepId && ids.includes(e.interviewId ?? "") && !e.to.some((t) => t.includes("cand-")));
    f.notes.push(`emails to contacts on the busiest day: ${toContacts.length} (quota ${EMAILS_PER_DAY})`);
    if (toContacts.length > EMAILS_PER_DAY) {
      f.other += toContacts.length - EMAILS_PER_DAY;
      note(f, "email quota", `${toContacts.length} emails to contacts left in one day`);
    }
    // Then every deferred email goes out on later days: none dropped.
    await r.api("POST", "/_local/clock", { body: { advance: "P40D" } });
    let dropped = 0;
    for (const id of ids) {
      const j = (await r.api("GET", `/interviews/${id}`, { token: mailer })).json;
      for (const s of stepsOf(j)) {
        const reason = String((s as { reason?: string }).reason ?? "");
        if (!SETTLED.has(s.status)) f.lostSteps++;
        else if (s.status !== "sent" && /quota|limit/i.test(reason)) dropped++;
      }
    }
    if (dropped > 0) {
      f.lostSteps += dropped;
      note(f, "dropped", `${dropped} steps were dropped for a quota instead of deferred`);
    }

    // GET /usage answers with the owner's figures.
    f.attempts++;
    const usage = await r.api("GET", "/usage", { token: mailer });
    f.notes.push(`GET /usage: ${usage.status} ${usage.text.slice(0, 160)}`);
    if (usage.status >= 500) f.fiveXx++;
    if (usage.status !== 200 || typeof usage.json !== "object") {
      f.other++;
      note(f, "usage", `GET /usage answered ${usage.status}`);
    }
    return f;
  } finally {
    await r.close();
  }
}

function count(statuses: number[]): string {
  const by = new Map<number, number>();
  for (const s of statuses) by.set(s, (by.get(s) ?? 0) + 1);
  return [...by].map(([s, n]) => `${n}x ${s}`).join(", ");
}
