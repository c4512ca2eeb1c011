/**
 * Days off that a government fixes by decree each year and date-holidays does not know: applied by the
 * generator (generate-holiday-tables.ts) and by the check against date-holidays
 * (test/unit/shared/domain/holiday-tables.test.ts) alike, on top of isGeneralDayOff's filter.
 *
 * China. date-holidays 3.37 has the statutory days before the 2024 revision of the State Council's
 * 全国年节及纪念日放假办法 (the Spring Festival's eve and days 1-2, Labour Day 1 May) and none of the weekday bridges that
 * the State Council's yearly notice makes by moving weekend days (放假调休): Golden Week, 1-7 October, is
 * a week off for nearly everyone, and so is the Spring Festival. A year with a notice gets the notice's
 * days off, and only them; a later year gets the principles the 2025 notice states for every year "save
 * special cases" (春节自农历除夕起放假调休8天，国庆节自10月1日起放假调休7天，劳动节放假调休5天): 8 days from
 * the Spring Festival's eve, 1-5 May and 1-7 October, on top of date-holidays' other days.
 * The notices' make-up working days (a Saturday or Sunday worked in exchange) stay weekend days here: the
 * planner never needs a weekend day, so a step is at worst one business day later than it could be.
 */

/** A day "YYYY-MM-DD" and the name the planner's `why` gives it, in date order. */
export type DaysOff = ReadonlyMap<string, string>;

interface Span {
  from: string;
  to: string;
  name: string;
}

/** 国务院办公厅关于<year>年部分节假日安排的通知: every day off for everyone, weekends inside a span included. */
const CHINA_NOTICES: ReadonlyMap<number, readonly Span[]> = new Map([
  // 国办发明电〔2024〕12号, 12 Nov 2024: https://m.gmw.cn/2024-11/12/content_1303894933.htm
  [
    2025,
    [
      { from: "2025-01-01", to: "2025-01-01", name: "New Year's Day" },
      { from: "2025-01-28", to: "2025-02-04", name: "Spring Festival" },
      { from: "2025-04-04", to: "2025-04-06", name: "Qingming Festival" },
      { from: "2025-05-01", to: "2025-05-05", name: "Labour Day" },
      { from: "2025-05-31", to: "2025-06-02", name: "Dragon Boat Festival" },
      { from: "2025-10-01", to: "2025-10-05", name: "National Day" },
      { from: "2025-10-06", to: "2025-10-06", name: "Mid-Autumn Festival" },
      { from: "2025-10-07", to: "2025-10-08", name: "National Day" },
    ],
  ],
  // 4 Nov 2025: https://politics.gmw.cn/2025-11/04/content_38391083.htm
  [
    2026,
    [
      { from: "2026-01-01", to: "2026-01-03", name: "New Year's Day" },
      { from: "2026-02-15", to: "2026-02-23", name: "Spring Festival" },
      { from: "2026-04-04", to: "2026-04-06", name: "Qingming Festival" },
      { from: "2026-05-01", to: "2026-05-05", name: "Labour Day" },
      { from: "2026-06-19", to: "2026-06-21", name: "Dragon Boat Festival" },
      { from: "2026-09-25", to: "2026-09-27", name: "Mid-Autumn Festival" },
      { from: "2026-10-01", to: "2026-10-07", name: "National Day" },
    ],
  ],
]);

const DAY_MS = 86_400_000;
const dayAt = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const msOf = (day: string) => Date.parse(`${day}T00:00:00Z`);

function addSpan(days: Map<string, string>, { from, to, name }: Span): void {
  for (let ms = msOf(from); ms <= msOf(to); ms += DAY_MS) if (!days.has(dayAt(ms))) days.set(dayAt(ms), name);
}

const inOrder = (days: DaysOff): DaysOff => new Map([...days].sort(([a], [b]) => (a < b ? -1 : 1)));

/** China's days off in `year`, from date-holidays' (already filtered) days of that year. */
function chinaDaysOff(year: number, fromDateHolidays: DaysOff): DaysOff {
  const notice = CHINA_NOTICES.get(year);
  const days = new Map<string, string>();
  if (notice) {
    for (const span of notice) addSpan(days, span);
    return inOrder(days);
  }
  // date-holidays' Spring Festival starts on its eve (除夕), as the law's days off do.
  const eve = [...fromDateHolidays].find(([, name]) => name === "Spring Festival")?.[0];
  if (eve === undefined) throw new Error(`CN ${year}: date-holidays has no Spring Festival`);
  addSpan(days, { from: eve, to: dayAt(msOf(eve) + 7 * DAY_MS), name: "Spring Festival" });
  addSpan(days, { from: `${year}-05-01`, to: `${year}-05-05`, name: "Labour Day" });
  addSpan(days, { from: `${year}-10-01`, to: `${year}-10-07`, name: "National Day" });
  for (const [day, name] of fromDateHolidays) if (!days.has(day)) days.set(day, name);
  return inOrder(days);
}

/**
 * The days off of `country` (or its `region`) in `year`: date-holidays' days (already filtered by
 * isGeneralDayOff, each year's own) with any decree above applied.
 */
export function officialDaysOff(
  country: string,
  region: string | undefined,
  year: number,
  fromDateHolidays: DaysOff,
): DaysOff {
  if (country === "CN" && region === undefined) return chinaDaysOff(year, fromDateHolidays);
  return fromDateHolidays;
}

/** The years with a notice of their own, for the check that pins them. */
export const CHINA_NOTICE_YEARS: readonly number[] = [...CHINA_NOTICES.keys()];
