import {
  type HolidayDays,
  type HolidayIndex,
  type HolidayTable,
  holidayDaysOf,
  type NationalHolidayTable,
} from "./holiday-table.js";
import { shippedJson } from "./shipped-file.js";

/** Where the per-country tables sit, relative to this module's code (or the bundle it is part of). */
export const HOLIDAY_TABLES_DIR = "holiday-tables";

const tables = new Map<string, NationalHolidayTable>();
const regionals = new Map<string, HolidayTable["regional"]>();
const years = new Map<string, HolidayDays | undefined>();

/**
 * The country's public-holiday table, read on first use and kept: data shipped with the code, like a lazily
 * loaded module, not outside state. Unbundled (tsx, vitest) it is `holiday-tables/<COUNTRY>.json` beside this
 * file; in a Lambda, the CDK bundling copies `holiday-tables/` beside the bundle's `index.mjs`
 * (shared/entries/bundle-assets.ts), so the same relative path holds (shipped-file.ts).
 */
function shipped<T>(name: string): T {
  return shippedJson<T>(
    import.meta.dirname,
    `${HOLIDAY_TABLES_DIR}/${name}.json`,
    "The public-holiday table",
  );
}

function tableOf(country: string): NationalHolidayTable {
  let table = tables.get(country);
  if (!table) {
    table = shipped<NationalHolidayTable>(country);
    tables.set(country, table);
  }
  return table;
}

/** The country's regions' differences (`<COUNTRY>.regional.json`), read only when a region is asked for. */
function regionalOf(country: string): HolidayTable["regional"] {
  let regional = regionals.get(country);
  if (!regional) {
    regional = shipped<HolidayTable["regional"]>(`${country}.regional`);
    regionals.set(country, regional);
  }
  return regional;
}

let index: HolidayIndex | undefined;
const indexOf = (): HolidayIndex => {
  index ??= shipped<HolidayIndex>("index");
  return index;
};

let countries: ReadonlyMap<string, readonly string[]> | undefined;

/** The countries with a table, each with its regions (upper case), read from the index on first use. */
export function holidayCountries(): ReadonlyMap<string, readonly string[]> {
  countries ??= new Map(
    indexOf()
      .countries.split(" ")
      .map((entry) => {
        const [country = "", regions] = entry.split(":");
        return [country, regions ? regions.split(",") : []];
      }),
  );
  return countries;
}

const regionsOfCountry = new Map<string, readonly string[] | null>();

/**
 * The regions (upper case) of a country (upper case) with a table, as holidayCountries gives them; undefined
 * for a country without one. Read out of the country's own entry of the index: building the whole list (207
 * countries, 364 regions) to answer for one made the first request's isSupportedCountry ~1.7 M instructions
 * and ~95 KB of young objects (1.3 M fewer now).
 */
export function countryRegions(country: string): readonly string[] | undefined {
  // Every code in the index is two capital letters (the generator refuses others); a region never follows a space.
  if (!/^[A-Z]{2}$/.test(country)) return undefined;
  let regions = regionsOfCountry.get(country);
  if (regions === undefined) {
    const list = ` ${indexOf().countries} `;
    const at = list.indexOf(` ${country}`) + 3;
    regions = at < 3 ? null : list[at] === ":" ? list.slice(at + 1, list.indexOf(" ", at)).split(",") : [];
    regionsOfCountry.set(country, regions);
  }
  return regions ?? undefined;
}

/** Whether there is a holiday table for this country (upper case), and this region of it (upper case). */
export function hasHolidayTable(country: string, region?: string): boolean {
  const regions = countryRegions(country);
  if (regions === undefined) return false;
  return region === undefined || regions.includes(region);
}

/** The years the tables cover, both included. */
export function holidayYears(): { readonly first: number; readonly last: number } {
  const { firstYear, lastYear } = indexOf();
  return { first: firstYear, last: lastYear };
}

/**
 * The public holidays of one year in a country with a table (and one of its regions), date to name;
 * undefined for a year outside holidayYears(). Throws for a country or region without a table.
 */
export function publicHolidays(
  country: string,
  region: string | undefined,
  year: number,
): HolidayDays | undefined {
  if (!hasHolidayTable(country, region)) {
    throw new Error(`No public-holiday table for ${region ? `${country}-${region}` : country}`);
  }
  const key = `${country}|${region ?? ""}|${year}`;
  if (!years.has(key)) {
    const regional = region === undefined ? {} : regionalOf(country);
    years.set(key, holidayDaysOf({ ...tableOf(country), regional }, region, year));
  }
  return years.get(key);
}
