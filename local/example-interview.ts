/**
 * `npm run -s example`: the example interview of examples/interview.json, dated the next weekday at 14:00 in
 * New York (decision expected 11 days later), so the README's first request works on any date.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DateTime } from "luxon";
import { REPO_ROOT } from "./repo-root.js";

const example = JSON.parse(readFileSync(join(REPO_ROOT, "examples", "interview.json"), "utf8")) as Record<
  string,
  unknown
>;
let day = DateTime.now().setZone("America/New_York").plus({ days: 1 }).startOf("day");
while (day.weekday > 5) day = day.plus({ days: 1 });
example.interviewedAt = day.set({ hour: 14 }).toISO({ suppressMilliseconds: true });
example.decisionExpectedBy = day.plus({ days: 11 }).toISODate();
console.log(JSON.stringify(example, null, 2));
