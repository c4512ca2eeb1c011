import { nextWeekday } from "../../../local/next-weekday.js";
import { addCalendarDays } from "../../../shared/domain/calendar-day.js";

/**
 * A valid POST /interviews body for an interview that happened at 14:00 New York time on the next
 * weekday after `now` that is not a US public holiday in late November/December, so tests run on any date.
 */
export function interviewBody(now: Date, overrides: Record<string, unknown> = {}) {
  const { day, at: interviewedAt } = nextWeekday(now, "America/New_York", 14);
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
    decisionExpectedBy: addCalendarDays(day, 14),
    mode: "send",
    ...overrides,
  };
}
