/**
 * Writes the public-holiday tables the business calendar reads (shared/domain/holiday-tables/*.json and
 * their index.json) from date-holidays, so no Lambda carries date-holidays (with
 * moment-timezone and astronomia, ~1.4 MB) and each one reads only the country at hand.
 * Usage: npm run generate:holidays (after upgrading date-holidays, or to move the year range on).
 *
 * Years: FIRST_YEAR..LAST_YEAR. The planner looks at most about four and a half years ahead (an interview
 * up to 366 days away, a decision date up to 366 days after it, weekly check-ins up to a cap, a
 * keep-in-touch note up to 24 months after a rejection), so the range runs ten years past 2026; a year
 * outside it has no holidays (weekends only) and the step's `why` says so. Move it on well before then.
 *
 * Which days (PROVENANCE; the rule is isGeneralDayOff in is-general-day-off.ts, which the check in
 * test/unit/shared/domain/holiday-tables.test.ts applies too):
 * - only `public` holidays: bank, school, optional and observance days are working days for most people;
 * - not part-day ones (a start time in date-holidays' rule, e.g. "12-24 12:00"): the planner counts whole days
 *   and sends in the morning, which is a working one (China's half days by the State Council's 全国年节及纪念日放假办法
 *   art. 3; Christmas Eve afternoon in GT, IS, CW, FO, CH-VS; evenings in AU-NT, AU-SA, AU-QLD; ...);
 * - not days whose date-holidays note says they are off for some people only (RESTRICTED_NOTES, each with its
 *   source: China's Children's Day, Madagascar's Women's Day and Eids, ...). A note date-holidays adds later is
 *   caught by test/unit/scripts/is-general-day-off.test.ts until someone weighs it;
 * - plus the days off a government fixes by decree each year that date-holidays does not know (China's
 *   Golden Week and Spring Festival week: official-days-off.ts).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Holidays from "date-holidays";
import { REPO_ROOT } from "../local/repo-root.js";
import { encodeHolidayTable, type HolidayDays, type HolidayIndex } from "../shared/domain/holiday-table.js";
import { isGeneralDayOff } from "./is-general-day-off.js";
import { officialDaysOff } from "./official-days-off.js";

const FIRST_YEAR = 2025;
const LAST_YEAR = 2036;

const DOMAIN = join(REPO_ROOT, "shared/domain");
const TABLES = join(DOMAIN, "holiday-tables");
const INDEX = join(TABLES, "index.json");

/**
 * The days business-calendar counts as holidays in `year`: every day of each holiday that is a whole day off
 * for people at work in general (a rule may span several), the first name listed for a day winning, only days
 * of that year (the calendar looks a date up in its own year's holidays).
 */
function publicDays(holidays: Holidays, year: number): HolidayDays {
  const days = new Map<string, string>();
  for (const h of holidays.getHolidays(year, "en")) {
    if (!isGeneralDayOff(h)) continue;
    const first = Date.parse(`${h.date.slice(0, 10)}T00:00:00Z`);
    const span = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / 86_400_000));
    for (let i = 0; i < span; i++) {
      const day = new Date(first + i * 86_400_000).toISOString().slice(0, 10);
      if (day.startsWith(`${year}-`) && !days.has(day)) days.set(day, h.name);
    }
  }
  return days;
}

function yearsOf(holidays: Holidays, country: string, region?: string): Map<number, HolidayDays> {
  const years = new Map<number, HolidayDays>();
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++)
    years.set(year, officialDaysOff(country, region, year, publicDays(holidays, year)));
  return years;
}

const countries = new Holidays().getCountries("en");
mkdirSync(TABLES, { recursive: true });
for (const file of readdirSync(TABLES)) if (file.endsWith(".json")) rmSync(join(TABLES, file));
const index: Record<string, string[]> = {};
for (const country of Object.keys(countries).sort()) {
  const states = new Holidays().getStates(country, "en") ?? {};
  const regions: Record<string, string> = {};
  const regional = new Map<string, Map<number, HolidayDays>>();
  for (const [code, name] of Object.entries(states)) {
    const region = code.toUpperCase();
    if (Object.hasOwn(regions, region)) throw new Error(`${country}: two regions spelled ${region}`);
    regions[region] = name;
    regional.set(region, yearsOf(new Holidays(country, code), country, region));
  }
  const table = encodeHolidayTable({
    country,
    name: countries[country] ?? country,
    firstYear: FIRST_YEAR,
    lastYear: LAST_YEAR,
    regions,
    national: yearsOf(new Holidays(country), country),
    regional,
  });
  // The regions' differences apart: only a request naming a region reads them (holiday-table.ts).
  const { regional: differences, ...national } = table;
  writeFileSync(join(TABLES, `${country}.json`), `${JSON.stringify(national, null, 2)}\n`);
  if (Object.keys(table.regions).length > 0)
    writeFileSync(join(TABLES, `${country}.regional.json`), `${JSON.stringify(differences, null, 2)}\n`);
  index[country] = Object.keys(table.regions).sort();
}
// The countries as one string ("AD:03,07 AE ..."), beside the tables rather than in the code: every bundle that
// validates a country reads it once, on first use (holiday-source.ts), instead of carrying 1.8 KB of it.
const countryList = Object.entries(index)
  .map(([country, regions]) => (regions.length > 0 ? `${country}:${regions.join(",")}` : country))
  .join(" ");
if (/[^A-Z0-9:, ]/.test(countryList)) throw new Error("A country or region code the index cannot spell");
const holidayIndex: HolidayIndex = { firstYear: FIRST_YEAR, lastYear: LAST_YEAR, countries: countryList };
writeFileSync(INDEX, `${JSON.stringify(holidayIndex, null, 2)}\n`);
execFileSync(join(REPO_ROOT, "node_modules/.bin/biome"), ["format", "--write", TABLES], {
  stdio: "inherit",
});
console.log(`${Object.keys(index).length} countries, ${FIRST_YEAR}-${LAST_YEAR}, written to ${TABLES}`);
