import type { IsoWeekday } from "./planner-settings.js";

/** CLDR week data for a region, as ICU gives it (1 = Monday ... 7 = Sunday). */
interface WeekInfo {
  weekend?: readonly number[];
}

/**
 * Node 20 and 22 (checked: 20.20, 22.23) have only the older `weekInfo` getter; newer V8 (Node 24) has the
 * standard `getWeekInfo()` and may drop the getter. TypeScript's ES2023 lib types neither, so both are
 * reached through this one shape.
 */
type LocaleWithWeekInfo = Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };

const ALL_DAYS: readonly IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];
/** Saturday and Sunday: what ICU answers for an unknown region, and the fallback without week data. */
export const SATURDAY_SUNDAY: readonly IsoWeekday[] = [6, 7];

/**
 * Where CLDR (through ICU 78 at least) lags the law and answers Saturday-Sunday: Bangladesh rests on Friday
 * and Saturday (since 2009), Nepal on Saturday alone (its two-day weekend was withdrawn in June 2022), Brunei on
 * Friday and Sunday. Without these, a Bangladeshi recruiter was written on a Friday.
 */
const CLDR_CORRECTIONS: Readonly<Record<string, readonly IsoWeekday[]>> = {
  BD: [5, 6],
  NP: [6],
  BN: [5, 7],
};

const cache = new Map<string, readonly IsoWeekday[]>();

function isIsoWeekday(n: number): n is IsoWeekday {
  return Number.isInteger(n) && n >= 1 && n <= 7;
}

/**
 * The weekend of a country (ISO 3166-1 alpha-2, any case) from CLDR's week data built into Node's ICU:
 * Friday and Saturday in Israel, Saudi Arabia and Egypt, Friday alone in Iran, Thursday and Friday in
 * Afghanistan, Saturday and Sunday in most of the world; CLDR_CORRECTIONS where CLDR lags. Sorted, never
 * every day of the week.
 */
export function countryWeekend(country: string): readonly IsoWeekday[] {
  const code = country.trim().toUpperCase();
  const cached = cache.get(code);
  if (cached) return cached;
  let weekend: readonly IsoWeekday[] = CLDR_CORRECTIONS[code] ?? SATURDAY_SUNDAY;
  if (/^[A-Z]{2}$/.test(code) && !CLDR_CORRECTIONS[code]) {
    const locale = new Intl.Locale(`und-${code}`) as LocaleWithWeekInfo;
    const info = locale.getWeekInfo?.() ?? locale.weekInfo;
    const days = [...new Set(info?.weekend ?? [])].filter(isIsoWeekday).sort((a, b) => a - b);
    // A week with no working day would leave nothing to send on: distrust it.
    if (info?.weekend && days.length < 7) weekend = days;
  }
  cache.set(code, weekend);
  return weekend;
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
