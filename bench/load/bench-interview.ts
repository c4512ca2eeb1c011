import { DateTime } from "luxon";

/**
 * A POST /interviews body for bench interview number `i`: an onsite at 14:00 New York time on the next
 * weekday after `now`, with addresses of its own so no contact quota or suppression ties interviews together.
 */
export function benchInterview(now: Date, i: number): Record<string, unknown> {
  let day = DateTime.fromJSDate(now, { zone: "America/New_York" }).plus({ days: 1 }).startOf("day");
  while (day.weekday > 5) day = day.plus({ days: 1 });
  return {
    company: "Bench Corp",
    role: "Staff Engineer",
    round: "onsite",
    interviewedAt: day.set({ hour: 14 }).toISO({ suppressMilliseconds: true }),
    timezone: "America/New_York",
    country: "US",
    candidate: { name: "Sam Lee", email: `candidate-${i}@bench.example` },
    interviewers: [{ name: "Dana Ortiz", email: `dana-${i}@corp.example`, topics: ["the billing pipeline"] }],
    recruiter: { name: "Priya Shah", email: `priya-${i}@corp.example` },
    decisionExpectedBy: day.plus({ days: 14 }).toISODate(),
    mode: "send",
  };
}
