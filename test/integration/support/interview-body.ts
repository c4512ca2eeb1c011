import { DateTime } from "luxon";

/**
 * A valid POST /interviews body for an interview that happened at 14:00 New York time on the next
 * weekday after `now` that is not a US public holiday in late November/December, so tests run on any date.
 */
export function interviewBody(now: Date, overrides: Record<string, unknown> = {}) {
  let day = DateTime.fromJSDate(now, { zone: "America/New_York" }).plus({ days: 1 }).startOf("day");
  while (day.weekday > 5) day = day.plus({ days: 1 });
  const interviewedAt = day.set({ hour: 14 }).toISO({ suppressMilliseconds: true });
  return {
    company: "Acme Corp",
    role: "Staff Engineer",
    round: "onsite",
    interviewedAt,
    timezone: "America/New_York",
    country: "US",
    candidate: { name: "Sam Lee", email: "sam@example.com" },
    interviewers: [{ name: "Dana Ortiz", email: "dana@acme.example", topics: ["the billing pipeline"] }],
    recruiter: { name: "Priya Shah", email: "priya@acme.example" },
    decisionExpectedBy: day.plus({ days: 14 }).toISODate(),
    mode: "send",
    ...overrides,
  };
}
