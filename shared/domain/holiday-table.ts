/**
 * One country's public holidays as the generator (scripts/generate-holiday-tables.ts) writes them from
 * date-holidays, and what reads them back: `holiday-tables/<COUNTRY>.json` holds the table but `regional`
 * (a NationalHolidayTable), and a country with regions has them in `holiday-tables/<COUNTRY>.regional.json`,
 * read only for a region (most requests name none: they are two thirds of the US table).
 *
 * Days are `MMDD` within the year they are listed under, joined by commas:
 * - `national[year]`: `MMDD:i`, a public holiday named `names[i]`, for every day of that year;
 * - `regional[REGION][year]`: only how the region differs from the nation that year: `MMDD:i` a day that is a
 *   holiday named `names[i]` there (added, or named differently), a bare `MMDD` a national holiday that is
 *   not one there. A region or year with no difference is left out.
 */
export interface HolidayTable {
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
  /** English name, as date-holidays gives it. */
  name: string;
  /** The years the table covers, both included; every one of them is a key of `national`. */
  firstYear: number;
  lastYear: number;
  names: string[];
  /** Region code (upper case, as the API matches it) to its English name. */
  regions: Record<string, string>;
  national: Record<string, string>;
  regional: Record<string, Record<string, string>>;
}

/** What `<COUNTRY>.json` holds: the table without its regions' differences (`<COUNTRY>.regional.json`). */
export type NationalHolidayTable = Omit<HolidayTable, "regional">;

/** `holiday-tables/index.json`: the years every table covers, and which countries and regions have one. */
export interface HolidayIndex {
  /** The first and last year the tables cover, both included. */
  firstYear: number;
  lastYear: number;
  /**
   * Space-separated countries, each followed by `:` and its comma-separated regions (upper case) when it has
   * any: "AD:03,07 AE ...".
   */
  countries: string;
}

/** Date (`YYYY-MM-DD`) to holiday name. */
export type HolidayDays = ReadonlyMap<string, string>;

function parseEntries(year: number, text: string | undefined): Array<[string, number | undefined]> {
  if (!text) return [];
  return text.split(",").map((entry) => {
    const [mmdd = "", index] = entry.split(":");
    const date = `${year}-${mmdd.slice(0, 2)}-${mmdd.slice(2, 4)}`;
    return [date, index === undefined ? undefined : Number(index)];
  });
}

/**
 * The public holidays of one year in the country, or in one of its regions; undefined when the year is
 * outside the table (the caller decides what that means). `region` must be one of `table.regions`.
 */
export function holidayDaysOf(
  table: HolidayTable,
  region: string | undefined,
  year: number,
): HolidayDays | undefined {
  if (!Number.isInteger(year) || year < table.firstYear || year > table.lastYear) return undefined;
  const days = new Map<string, string>();
  for (const [date, index] of parseEntries(year, table.national[String(year)])) {
    days.set(date, table.names[index ?? -1] ?? "");
  }
  if (region !== undefined) {
    for (const [date, index] of parseEntries(year, table.regional[region]?.[String(year)])) {
      if (index === undefined) days.delete(date);
      else days.set(date, table.names[index] ?? "");
    }
  }
  return new Map([...days].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Builds the table from each year's holidays (national, and per region), as holidayDaysOf gives them back. */
export function encodeHolidayTable(input: {
  country: string;
  name: string;
  firstYear: number;
  lastYear: number;
  regions: Record<string, string>;
  /** year -> national days; region -> year -> that region's days (all of them, not a difference). */
  national: ReadonlyMap<number, HolidayDays>;
  regional: ReadonlyMap<string, ReadonlyMap<number, HolidayDays>>;
}): HolidayTable {
  const names: string[] = [];
  const nameIndex = (name: string): number => {
    let i = names.indexOf(name);
    if (i < 0) i = names.push(name) - 1;
    return i;
  };
  const mmdd = (date: string) => `${date.slice(5, 7)}${date.slice(8, 10)}`;
  const sortedDates = (days: Iterable<string>) => [...days].sort();
  const national: Record<string, string> = {};
  for (let year = input.firstYear; year <= input.lastYear; year++) {
    const days = input.national.get(year) ?? new Map<string, string>();
    national[String(year)] = sortedDates(days.keys())
      .map((date) => `${mmdd(date)}:${nameIndex(days.get(date) ?? "")}`)
      .join(",");
  }
  const regional: Record<string, Record<string, string>> = {};
  for (const region of Object.keys(input.regions).sort()) {
    const byYear: Record<string, string> = {};
    for (let year = input.firstYear; year <= input.lastYear; year++) {
      const base = input.national.get(year) ?? new Map<string, string>();
      const own = input.regional.get(region)?.get(year) ?? new Map<string, string>();
      const entries = sortedDates(new Set([...base.keys(), ...own.keys()]))
        .filter((date) => base.get(date) !== own.get(date))
        .map((date) => {
          const name = own.get(date);
          return name === undefined ? mmdd(date) : `${mmdd(date)}:${nameIndex(name)}`;
        });
      if (entries.length > 0) byYear[String(year)] = entries.join(",");
    }
    if (Object.keys(byYear).length > 0) regional[region] = byYear;
  }
  return {
    country: input.country,
    name: input.name,
    firstYear: input.firstYear,
    lastYear: input.lastYear,
    names,
    regions: Object.fromEntries(
      Object.keys(input.regions)
        .sort()
        .map((r) => [r, input.regions[r] ?? ""]),
    ),
    national,
    regional,
  };
}
