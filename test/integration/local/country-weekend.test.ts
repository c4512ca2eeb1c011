import Holidays from "date-holidays";
import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { interviewBody } from "../support/interview-body.js";
import { startHarness } from "../support/local-stack-harness.js";

let h: Awaited<ReturnType<typeof startHarness>>;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const NY = "America/New_York";
const JERUSALEM = "Asia/Jerusalem";

type StepView = { id: string; kind: string; status: string; sendAt: string; to: { email: string } };

/** The next Thursday (in New York) whose Sunday is not an Israeli public holiday, so any date works. */
function nextThursday(now: Date): DateTime {
  const il = new Holidays("IL");
  const publicHoliday = (d: DateTime) =>
    (il.isHoliday(new Date(`${d.toISODate()}T12:00:00Z`)) || []).some((x) => x.type === "public");
  let day = DateTime.fromJSDate(now, { zone: NY }).plus({ days: 1 }).startOf("day");
  while (day.weekday !== 4 || publicHoliday(day.plus({ days: 3 }))) day = day.plus({ days: 1 });
  return day;
}

describe("an interviewer in Israel, a candidate in New York", () => {
  it("the thank-you goes on the Israeli Sunday, and the sender sends it then instead of moving it", async () => {
    const token = await h.token("noa");
    const thursday = nextThursday(h.stack.clock.now());
    const body = interviewBody(h.stack.clock.now(), {
      interviewedAt: thursday.set({ hour: 14 }).toISO({ suppressMilliseconds: true }),
      decisionExpectedBy: thursday.plus({ days: 14 }).toISODate(),
      interviewers: [{ name: "Dana Ortiz", email: "dana@acme.example", timezone: JERUSALEM, country: "IL" }],
    });
    const created = await h.api("POST", "/interviews", { token, body });
    expect(created.status).toBe(201);
    expect(created.json.interviewers[0].country).toBe("IL");

    const sunday = thursday.plus({ days: 3 }).toISODate();
    const sundayMorning = DateTime.fromISO(`${sunday}T09:30`, { zone: JERUSALEM });
    const thankYou = created.json.steps.find((s: StepView) => s.kind === "thank_you") as StepView;
    expect(Date.parse(thankYou.sendAt)).toBe(sundayMorning.toMillis());
    // The candidate's own reminder keeps the New York weekend: Friday.
    const note = created.json.steps.find((s: StepView) => s.kind === "handwritten_note") as StepView;
    expect(Date.parse(note.sendAt)).toBe(thursday.plus({ days: 1 }).set({ hour: 9, minute: 30 }).toMillis());

    const sentBefore = (await h.sentEmails()).length;
    const advanced = await h.api("POST", "/_local/clock", {
      body: { to: sundayMorning.plus({ minutes: 30 }).toUTC().toISO() },
    });
    expect(advanced.status).toBe(200);

    const after = (await h.api("GET", `/interviews/${created.json.id}`, { token })).json;
    const sent = after.steps.find((s: StepView) => s.id === thankYou.id) as StepView & { sentAt?: string };
    expect(sent.status).toBe("sent");
    expect(sent.sendAt).toBe(thankYou.sendAt);
    expect(Date.parse(sent.sentAt ?? "")).toBeLessThan(sundayMorning.plus({ hours: 1 }).toMillis());
    const toDana = (await h.sentEmails())
      .slice(sentBefore)
      .filter((e) => e.destination.to.some((to) => to.includes("dana@acme.example")));
    expect(toDana).toHaveLength(1);
  });
});
