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

/**
 * The weekend of a region (two upper-case letters) from CLDR's week data in this Node's ICU, sorted ISO
 * weekdays; undefined when ICU has no week data or names every day of the week (nothing left to send on).
 * For the tables' generator (generate-icu-tables.ts) and the check that holds the table to ICU.
 */
export function intlWeekend(code: string): number[] | undefined {
  const locale = new Intl.Locale(`und-${code}`) as LocaleWithWeekInfo;
  const info = locale.getWeekInfo?.() ?? locale.weekInfo;
  if (!info?.weekend) return undefined;
  const days = [...new Set(info.weekend)].filter((n) => Number.isInteger(n) && n >= 1 && n <= 7);
  return days.length < 7 ? days.sort((a, b) => a - b) : undefined;
}
