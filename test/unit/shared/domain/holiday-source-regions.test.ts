import { describe, expect, it } from "vitest";
import {
  countryRegions,
  hasHolidayTable,
  holidayCountries,
} from "../../../../shared/domain/holiday-source.js";

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const EVERY_CODE = [...LETTERS].flatMap((a) => [...LETTERS].map((b) => `${a}${b}`));

describe("countryRegions, one country's entry of the holiday index", () => {
  it("gives what the whole list gives, for every two-letter code", () => {
    const all = holidayCountries();
    expect(all.size).toBeGreaterThan(200);
    for (const code of EVERY_CODE) expect(countryRegions(code), code).toEqual(all.get(code));
  });

  it("knows nothing of what is not a country code, nor of a region code asked as a country", () => {
    for (const odd of ["", "U", "us", "USA", " US", "US ", "US:", "AD:03", "03", "07", "CA", "NSW", "A D"]) {
      expect(countryRegions(odd), JSON.stringify(odd)).toEqual(holidayCountries().get(odd));
    }
    expect(countryRegions("NSW")).toBeUndefined();
  });

  it("answers hasHolidayTable as the list does, for every country and region", () => {
    for (const [country, regions] of holidayCountries()) {
      expect(hasHolidayTable(country)).toBe(true);
      for (const region of regions)
        expect(hasHolidayTable(country, region), `${country}-${region}`).toBe(true);
      expect(hasHolidayTable(country, "ZZZ")).toBe(false);
    }
    expect(hasHolidayTable("XX")).toBe(false);
  });
});
