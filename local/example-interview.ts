/**
 * `npm run -s example`: the example interview of examples/interview.json, dated the next weekday at 14:00 in
 * New York (decision expected 11 days later), so the README's first request works on any date: the date of
 * the local stack running on PORT (default 3000) when one answers, since its clock may have been moved on,
 * else today's.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { addCalendarDays } from "../shared/domain/calendar-day.js";
import { nextWeekday } from "./next-weekday.js";
import { REPO_ROOT } from "./repo-root.js";
import { runningStackNow } from "./running-stack-now.js";

const example = JSON.parse(readFileSync(join(REPO_ROOT, "examples", "interview.json"), "utf8")) as Record<
  string,
  unknown
>;
const port = Number(process.env.PORT ?? 3000);
const now = (Number.isInteger(port) && port > 0 ? await runningStackNow(port) : undefined) ?? new Date();
const { day, at } = nextWeekday(now, "America/New_York", 14);
example.interviewedAt = at;
example.decisionExpectedBy = addCalendarDays(day, 11);
console.log(JSON.stringify(example, null, 2));
