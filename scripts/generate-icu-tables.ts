/**
 * Writes the tables read from this Node's own ICU that the Lambdas use instead of asking ICU at run time:
 * the zone tables (shared/domain/zone-tables/<zone>.json and index.json, read by zone-source.ts) and the
 * countries' weekends (shared/domain/cldr-weekends.json, read by country-weekend.ts). ICU's first
 * Intl.DateTimeFormat or Intl.Locale in a process costs ~10-20 ms, most of a planner route's first request
 * over its SDK baseline (docs/benchmarks.md); Intl stays the answer outside the tables' years and for any
 * zone name they do not know. Usage: npm run generate:icu after a Node upgrade: the checks
 * (test/unit/shared/domain/zone-tables.test.ts, country-weekend.test.ts) fail when this Node's ICU disagrees.
 *
 * - Zone names: every name and link of moment-timezone's copy of the tz database (the only list of links at
 *   hand: Intl lists canonical zones only) that this ICU resolves, to the name it resolves it to, plus Intl's
 *   own canonical list. A name added to tz data later is still resolved by Intl at run time.
 * - Offsets and short names: read as wall-clock.ts and ics-time-zone.ts read them (intl-zone-reading.ts),
 *   sampled at every day's 00:00 UTC from FIRST_YEAR to LAST_YEAR, each change then found to the second by
 *   bisection. A change undone within the same day would be missed; no zone has had one since 2000.
 * - Weekends: CLDR's week data for every two-letter region ICU knows, only where it is not Saturday-Sunday,
 *   and the English names of those countries and of country-weekend.ts's corrections (what the plan's words
 *   name: "Friday and Saturday in Israel").
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import packed from "moment-timezone/data/packed/latest.json" with { type: "json" };
import { REPO_ROOT } from "../local/repo-root.js";
import { CLDR_CORRECTIONS } from "../shared/domain/country-weekend.js";
import type { ZoneIndex, ZoneTable } from "../shared/domain/zone-table.js";
import { intlWeekend } from "./intl-weekend.js";
import { intlZoneReading, type ZoneReading } from "./intl-zone-reading.js";

/** The planner looks at most about four and a half years ahead, and steps that went are read back. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2060;
const DAY = 86_400;

const DOMAIN = join(REPO_ROOT, "shared/domain");
const TABLES = join(DOMAIN, "zone-tables");

function resolve(name: string): string | undefined {
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

function candidateNames(): string[] {
  const names = new Set<string>(["UTC", ...Intl.supportedValuesOf("timeZone")]);
  for (const zone of packed.zones) names.add(zone.split("|")[0] ?? "");
  for (const link of packed.links) for (const name of link.split("|")) names.add(name);
  names.delete("");
  return [...names].sort();
}

const same = (a: ZoneReading, b: ZoneReading) => a.offset === b.offset && a.name === b.name;

function tableOf(zone: string): ZoneTable {
  const from = Date.UTC(FIRST_YEAR, 0, 1) / 1000;
  const to = Date.UTC(LAST_YEAR + 1, 0, 1) / 1000;
  const readingAt = intlZoneReading(zone);
  const names: string[] = [];
  const nameIndex = (name: string) => {
    if (!names.includes(name)) names.push(name);
    return names.indexOf(name);
  };
  const first = readingAt(from);
  const table: ZoneTable = {
    zone,
    from,
    to,
    offset: first.offset,
    name: nameIndex(first.name),
    at: [],
    offsets: [],
    nameOf: [],
    names,
  };
  let previous = first;
  for (let day = from + DAY; day < to + DAY; day += DAY) {
    const seconds = Math.min(day, to - 1);
    if (same(readingAt(seconds), previous)) continue;
    // The first second with the new reading: the previous one holds at lo, not at hi.
    let lo = seconds - DAY;
    let hi = seconds;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (same(readingAt(mid), previous)) lo = mid;
      else hi = mid;
    }
    previous = readingAt(hi);
    table.at.push(hi);
    table.offsets.push(previous.offset);
    table.nameOf.push(nameIndex(previous.name));
  }
  return table;
}

const zoneNames: Record<string, string> = {};
const canonical = new Set<string>();
for (const name of candidateNames()) {
  const resolved = resolve(name);
  if (resolved === undefined) continue;
  zoneNames[name.toLowerCase()] = resolved;
  canonical.add(resolved);
}

rmSync(TABLES, { recursive: true, force: true });
for (const zone of [...canonical].sort()) {
  const file = join(TABLES, `${zone}.json`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(tableOf(zone))}\n`);
}
const index: ZoneIndex = {
  tz: process.versions.tz ?? "unknown",
  firstYear: FIRST_YEAR,
  lastYear: LAST_YEAR,
  names: zoneNames,
};
writeFileSync(join(TABLES, "index.json"), `${JSON.stringify(index)}\n`);

const weekends: Record<string, number[]> = {};
for (const code of regionCodes()) {
  const weekend = intlWeekend(code);
  if (weekend && weekend.join() !== "6,7") weekends[code] = weekend;
}
// The English name of every country whose weekend the plan's words name ("Friday and Saturday in Israel").
const regionNames = new Intl.DisplayNames(["en"], { type: "region" });
const countryNames = Object.fromEntries(
  [...Object.keys(weekends), ...Object.keys(CLDR_CORRECTIONS)]
    .sort()
    .map((code) => [code, regionNames.of(code)])
    // A code ICU has no name for (a withdrawn one, such as NT) keeps its letters in the words.
    .filter(([code, name]) => name !== code),
);
writeFileSync(join(DOMAIN, "cldr-weekends.json"), `${JSON.stringify({ weekends, names: countryNames })}\n`);
console.log(
  `${canonical.size} zone tables, ${Object.keys(zoneNames).length} names, tz ${index.tz}, ${FIRST_YEAR}-${LAST_YEAR}; ` +
    `${Object.keys(weekends).length} weekends other than Saturday-Sunday`,
);

/** Every two-letter region code, AA to ZZ. */
function regionCodes(): string[] {
  const letters = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"];
  return letters.flatMap((a) => letters.map((b) => a + b));
}
