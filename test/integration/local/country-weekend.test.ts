import Holidays from "date-holidays";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addCalendarDays,
  calendarDay,
  calendarFields,
  isoWeekdayOfDay,
} from "../../../shared/domain/calendar-day.js";
import { toOffsetIso } from "../../../shared/domain/offset-date-time.js";
import { instantOf, wallClockAt } from "../../../shared/domain/wall-clock.js";
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
function nextThursday(now: Date): string {
  const il = new Holidays("IL");
  const publicHoliday = (d: string) =>
    (il.isHoliday(new Date(`${d}T12:00:00Z`)) || []).some((x) => x.type === "public");
  const today = wallClockAt(now, NY);
  let day = addCalendarDays(calendarDay(today.year, today.month, today.day), 1);
  while (isoWeekdayOfDay(day) !== 4 || publicHoliday(addCalendarDays(day, 3))) day = addCalendarDays(day, 1);
  return day;
}

/** `hour`:`minute` on `day` in `zone`. */
const at = (day: string, hour: number, minute: number, zone: string) =>
  instantOf({ ...calendarFields(day), hour, minute }, zone);

describe("an interviewer in Israel, a candidate in New York", () => {
  it("the thank-you goes on the Israeli Sunday, and the sender sends it then instead of moving it", async () => {
    const token = await h.token("noa");
    const thursday = nextThursday(h.stack.clock.now());
    const body = interviewBody(h.stack.clock.now(), {
      interviewedAt: toOffsetIso(at(thursday, 14, 0, NY), NY),
      decisionExpectedBy: addCalendarDays(thursday, 14),
      interviewers: [{ name: "Dana Ortiz", email: "dana@acme.example", timezone: JERUSALEM, country: "IL" }],
    });
    const created = await h.api("POST", "/interviews", { token, body });
    expect(created.status).toBe(201);
    expect(created.json.interviewers[0].country).toBe("IL");

    const sundayMorning = at(addCalendarDays(thursday, 3), 9, 30, JERUSALEM);
    const thankYou = created.json.steps.find((s: StepView) => s.kind === "thank_you") as StepView;
    expect(Date.parse(thankYou.sendAt)).toBe(sundayMorning.getTime());
    // The candidate's own reminder keeps the New York weekend: Friday.
    const note = created.json.steps.find((s: StepView) => s.kind === "handwritten_note") as StepView;
    expect(Date.parse(note.sendAt)).toBe(at(addCalendarDays(thursday, 1), 9, 30, NY).getTime());

    const sentBefore = (await h.sentEmails()).length;
    const advanced = await h.api("POST", "/_local/clock", {
      body: { to: new Date(sundayMorning.getTime() + 30 * 60_000).toISOString() },
    });
    expect(advanced.status).toBe(200);

    const after = (await h.api("GET", `/interviews/${created.json.id}`, { token })).json;
    const sent = after.steps.find((s: StepView) => s.id === thankYou.id) as StepView & { sentAt?: string };
    expect(sent.status).toBe("sent");
    expect(sent.sendAt).toBe(thankYou.sendAt);
    expect(Date.parse(sent.sentAt ?? "")).toBeLessThan(sundayMorning.getTime() + 3_600_000);
    const toDana = (await h.sentEmails())
      .slice(sentBefore)
      .filter((e) => e.destination.to.some((to) => to.includes("dana@acme.example")));
    expect(toDana).toHaveLength(1);
  });
});
