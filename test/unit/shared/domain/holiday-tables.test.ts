import Holidays from "date-holidays";
import { describe, expect, it } from "vitest";
import { isGeneralDayOff } from "../../../../scripts/is-general-day-off.js";
import { officialDaysOff } from "../../../../scripts/official-days-off.js";
import { holidayCountries, holidayYears, publicHolidays } from "../../../../shared/domain/holiday-source.js";

const HOLIDAY_YEARS = holidayYears();

/**
 * What the tables should hold, restated here on purpose (only the filter is the generator's, so that the two
 * cannot weigh a holiday differently): each holiday of `year` that is a whole day off for people at work in
 * general (isGeneralDayOff), every day it spans, the first name of a day winning; the calendar looks a date
 * up in its own year's list, so a day spilling into the next year is never found and does not count. Then
 * the decrees date-holidays does not know (officialDaysOff, pinned by a test of their own below).
 */
function expectedDays(
  holidays: Holidays,
  country: string,
  region: string | undefined,
  year: number,
): Array<[string, string]> {
  const days = new Map<string, string>();
  for (const h of holidays.getHolidays(year, "en")) {
    if (!isGeneralDayOff(h)) continue;
    const span = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / 86_400_000));
    for (let i = 0; i < span; i++) {
      const day = new Date(Date.parse(`${h.date.slice(0, 10)}T00:00:00Z`) + i * 86_400_000);
      const iso = day.toISOString().slice(0, 10);
      if (!days.has(iso)) days.set(iso, h.name);
    }
  }
  const ofYear = new Map(
    [...days].filter(([iso]) => iso.startsWith(`${year}-`)).sort(([a], [b]) => a.localeCompare(b)),
  );
  return [...officialDaysOff(country, region, year, ofYear)];
}

const YEARS = Array.from(
  { length: HOLIDAY_YEARS.last - HOLIDAY_YEARS.first + 1 },
  (_, i) => i + HOLIDAY_YEARS.first,
);
const countries = new Holidays().getCountries("en");

describe("the holiday tables", () => {
  it("cover the years the planner can reach: from last year to ten years ahead of 2026", () => {
    expect(HOLIDAY_YEARS).toEqual({ first: 2025, last: 2036 });
    expect(YEARS).toHaveLength(12);
  });

  it("list exactly the countries and regions date-holidays supports", () => {
    expect([...holidayCountries().keys()].sort()).toEqual(Object.keys(countries).sort());
    expect(Object.keys(countries).length).toBeGreaterThan(200);
    for (const country of Object.keys(countries)) {
      const states = Object.keys(new Holidays().getStates(country, "en") ?? {}).map((s) => s.toUpperCase());
      expect([...(holidayCountries().get(country) ?? [])].sort(), country).toEqual(states.sort());
    }
  });

  it.each(Object.keys(countries).sort())(
    "match date-holidays for %s, nationally and in every region, every year",
    (country) => {
      const states = Object.keys(new Holidays().getStates(country, "en") ?? {});
      let compared = 0;
      for (const [region, holidays] of [
        [undefined, new Holidays(country)] as const,
        ...states.map((s) => [s.toUpperCase(), new Holidays(country, s)] as const),
      ]) {
        for (const year of YEARS) {
          const table = [...(publicHolidays(country, region, year) ?? new Map())];
          const expected = expectedDays(holidays, country, region, year);
          const what = `${country}${region ? `-${region}` : ""} ${year} (after upgrading date-holidays: npm run generate:holidays)`;
          expect(table, what).toEqual(expected);
          compared += expected.length;
        }
      }
      // Every country has some public holiday in twelve years: the comparison saw real data.
      expect(compared).toBeGreaterThan(0);
    },
    60_000,
  );

  it("leave out days off for only part of the people: China's Women's, Youth, Children's and Army Days", () => {
    const china = publicHolidays("CN", undefined, 2026);
    for (const day of ["2026-03-08", "2026-06-01", "2026-08-01"]) {
      expect(china?.get(day), day).toBeUndefined();
    }
    // Youth Day (4 May) is inside the Labour Day days off everyone has (1-5 May): off, but not as Youth Day.
    expect(china?.get("2026-05-04")).toBe("Labour Day");
    expect(china?.get("2026-10-01")).toBe("National Day");
    // Madagascar: Women's Day (women only) and both Eids (Muslims only); Independence Day is everyone's.
    const madagascar = publicHolidays("MG", undefined, 2026);
    expect([...(madagascar ?? new Map()).values()]).not.toContain("International Women's Day");
    expect([...(madagascar ?? new Map()).values()].filter((name) => /Eid/.test(name))).toEqual([]);
    expect(madagascar?.get("2026-06-26")).toBe("Independence Day");
  });

  it("give China the weeks off the State Council's notices fix, which date-holidays does not know", () => {
    const offIn = (year: number) => publicHolidays("CN", undefined, year) ?? new Map<string, string>();
    const off = (year: number, ...days: string[]) => days.map((day) => [day, offIn(year).get(day)]);
    // 2025 (国办发明电〔2024〕12号): the Spring Festival from its eve to 4 February, 1-5 May, 31 May-2 June,
    // 1-8 October with the Mid-Autumn Festival.
    expect(off(2025, "2025-01-28", "2025-02-03", "2025-02-04", "2025-02-05")).toEqual([
      ["2025-01-28", "Spring Festival"],
      ["2025-02-03", "Spring Festival"],
      ["2025-02-04", "Spring Festival"],
      ["2025-02-05", undefined],
    ]);
    expect(
      off(2025, "2025-05-02", "2025-05-05", "2025-06-02", "2025-10-06", "2025-10-08", "2025-10-09"),
    ).toEqual([
      ["2025-05-02", "Labour Day"],
      ["2025-05-05", "Labour Day"],
      ["2025-06-02", "Dragon Boat Festival"],
      ["2025-10-06", "Mid-Autumn Festival"],
      ["2025-10-08", "National Day"],
      ["2025-10-09", undefined],
    ]);
    // 2026 (notice of 4 November 2025): nine days from 15 February, Golden Week 1-7 October.
    expect(
      off(2026, "2026-01-02", "2026-02-20", "2026-02-23", "2026-02-24", "2026-10-07", "2026-10-08"),
    ).toEqual([
      ["2026-01-02", "New Year's Day"],
      ["2026-02-20", "Spring Festival"],
      ["2026-02-23", "Spring Festival"],
      ["2026-02-24", undefined],
      ["2026-10-07", "National Day"],
      ["2026-10-08", undefined],
    ]);
    // 2027 has no notice yet: the notices' stated principles, 8 days from the eve (New Year is 6 February),
    // 1-5 May and 1-7 October; the Qingming Festival as date-holidays has it.
    expect(
      off(2027, "2027-02-04", "2027-02-05", "2027-02-12", "2027-02-13", "2027-05-04", "2027-10-06"),
    ).toEqual([
      ["2027-02-04", undefined],
      ["2027-02-05", "Spring Festival"],
      ["2027-02-12", "Spring Festival"],
      ["2027-02-13", undefined],
      ["2027-05-04", "Labour Day"],
      ["2027-10-06", "National Day"],
    ]);
    expect(offIn(2027).get("2027-04-05")).toBe("Qingming Festival");
  });

  it("leave out part-day holidays, whose morning is a working one", () => {
    expect(publicHolidays("GT", undefined, 2026)?.get("2026-12-24")).toBeUndefined();
    expect(publicHolidays("IS", undefined, 2026)?.get("2026-12-24")).toBeUndefined();
    expect(publicHolidays("AU", "SA", 2026)?.get("2026-12-24")).toBeUndefined();
    expect(publicHolidays("CH", "VS", 2026)?.get("2026-05-01")).toBeUndefined();
    expect(publicHolidays("CH", "VS", 2026)?.get("2026-12-25")).toBe("Christmas Day");
  });

  it("give NSW the Mondays after Anzac Day 2026 (a Saturday) and 2027 (a Sunday), as the law does", () => {
    // The Public Holidays Act 2010 (NSW) keeps Anzac Day on 25 April with no substitute; the Public Holidays
    // Amendment (Anzac Day) Order 2026, under its s 5, declared Monday 27 April 2026 and Monday 26 April 2027
    // additional public holidays for the whole State (a two-year trial):
    // https://www.miragenews.com/minns-labor-govt-adds-extra-public-holiday-1620067 ,
    // https://www.perthnow.com.au/news/its-official-millions-in-nsw-to-get-additional-public-holiday-c-21699166
    expect(publicHolidays("AU", "NSW", 2026)?.get("2026-04-27")).toBe("Anzac Day (substitute day)");
    expect(publicHolidays("AU", "NSW", 2027)?.get("2027-04-26")).toBe("Anzac Day (substitute day)");
    // Victoria did not follow: its Act has no Anzac substitute.
    expect(publicHolidays("AU", "VIC", 2026)?.get("2026-04-27")).toBeUndefined();
  });

  it("give India the fixed-date days every state keeps, and a state its own on top", () => {
    // The three national holidays, plus Good Friday and Christmas (compulsory in every central government
    // office, DoPT O.M. of 3 July 2025 on the holidays of 2026) and Ambedkar Jayanti, which every state's
    // list in date-holidays keeps. The moveable festivals of that same compulsory list (Diwali, Dussehra,
    // Id-ul-Fitr, Guru Nanak's Birthday, ...) are not in date-holidays at all: the README says so.
    expect([...(publicHolidays("IN", undefined, 2026)?.values() ?? [])]).toEqual([
      "Republic Day",
      "Good Friday",
      "Ambedkar Jayanti",
      "Independence Day",
      "Gandhi Jayanti",
      "Christmas Day",
    ]);
    expect(publicHolidays("IN", "MH", 2026)?.get("2026-05-01")).toBe("Maharashtra Day");
    expect(publicHolidays("IN", undefined, 2026)?.get("2026-05-01")).toBeUndefined();
  });

  it("know no year outside the range, and refuse a country or region they do not have", () => {
    expect(publicHolidays("DE", undefined, HOLIDAY_YEARS.first)?.get(`${HOLIDAY_YEARS.first}-12-25`)).toBe(
      "Christmas Day",
    );
    expect(publicHolidays("DE", undefined, HOLIDAY_YEARS.last + 1)).toBeUndefined();
    expect(publicHolidays("DE", "BY", HOLIDAY_YEARS.first - 1)).toBeUndefined();
    expect(() => publicHolidays("XX", undefined, 2026)).toThrow(/No public-holiday table for XX/);
    expect(() => publicHolidays("DE", "ZZ", 2026)).toThrow(/No public-holiday table for DE-ZZ/);
  });
});
