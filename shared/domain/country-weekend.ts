import CLDR_WEEKENDS from "./cldr-weekends.json" with { type: "json" };
import type { IsoWeekday } from "./planner-settings.js";

const ALL_DAYS: readonly IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];
/** Saturday and Sunday: what ICU answers for an unknown region, and the fallback without week data. */
export const SATURDAY_SUNDAY: readonly IsoWeekday[] = [6, 7];

/**
 * Where CLDR (through ICU 78 at least) lags the law and answers Saturday-Sunday: Bangladesh rests on Friday
 * and Saturday (since 2009), Nepal on Saturday alone (its two-day weekend was withdrawn in June 2022), Brunei on
 * Friday and Sunday. Without these, a Bangladeshi recruiter was written on a Friday.
 */
export const CLDR_CORRECTIONS: Readonly<Record<string, readonly IsoWeekday[]>> = {
  BD: [5, 6],
  NP: [6],
  BN: [5, 7],
};

/**
 * CLDR's weekends other than Saturday-Sunday, by region, as this project's Node's ICU gives them
 * (cldr-weekends.json, written by scripts/generate-icu-tables.ts and held to ICU by country-weekend.test.ts):
 * read at build time, because ICU's first Intl.Locale in a process costs ~10 ms of a Lambda's first request.
 */
const WEEKENDS: Readonly<Record<string, readonly IsoWeekday[]>> = CLDR_WEEKENDS.weekends as Record<
  string,
  IsoWeekday[]
>;

/** CLDR's English name of a country whose weekend is not Saturday-Sunday ("Israel"), else undefined. */
export function weekendCountryName(code: string): string | undefined {
  const names: Readonly<Record<string, string>> = CLDR_WEEKENDS.names;
  return Object.hasOwn(names, code) ? names[code] : undefined;
}

/**
 * The weekend of a country (ISO 3166-1 alpha-2, any case) from CLDR's week data: Friday and Saturday in
 * Israel, Saudi Arabia and Egypt, Friday alone in Iran, Thursday and Friday in Afghanistan, Saturday and
 * Sunday in most of the world and for a code CLDR does not know; CLDR_CORRECTIONS where CLDR lags. Sorted,
 * never every day of the week.
 */
export function countryWeekend(country: string): readonly IsoWeekday[] {
  const code = country.trim().toUpperCase();
  const listed = Object.hasOwn(CLDR_CORRECTIONS, code)
    ? CLDR_CORRECTIONS[code]
    : Object.hasOwn(WEEKENDS, code)
      ? WEEKENDS[code]
      : undefined;
  return listed ?? SATURDAY_SUNDAY;
}

/** The country's working days: every weekday outside its weekend. */
export function countryWorkweek(country: string): IsoWeekday[] {
  const weekend = countryWeekend(country);
  return ALL_DAYS.filter((d) => !weekend.includes(d));
}

/** Whether the weekend is the usual Saturday and Sunday, which needs no explaining. */
export function isSaturdaySunday(weekend: readonly IsoWeekday[]): boolean {
  return weekend.length === 2 && weekend[0] === 6 && weekend[1] === 7;
}
