/**
 * `npm run -s example`: the example interview of examples/interview.json, dated the next weekday at 14:00 in
 * New York (decision expected 11 days later), so the README's first request works on any date.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { addCalendarDays } from "../shared/domain/calendar-day.js";
import { nextWeekday } from "./next-weekday.js";
import { REPO_ROOT } from "./repo-root.js";

const example = JSON.parse(readFileSync(join(REPO_ROOT, "examples", "interview.json"), "utf8")) as Record<
  string,
  unknown
>;
const { day, at } = nextWeekday(new Date(), "America/New_York", 14);
example.interviewedAt = at;
example.decisionExpectedBy = addCalendarDays(day, 11);
console.log(JSON.stringify(example, null, 2));
