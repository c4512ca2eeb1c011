import { describe, expect, it } from "vitest";
import {
  COUNTRIES_WITHOUT_HOLIDAYS,
  createBusinessCalendar,
  isSupportedCountry,
} from "../../../../shared/domain/business-calendar.js";
import { hasHolidayTable } from "../../../../shared/domain/holiday-source.js";

// November 2026: Sunday 1, Thursday 19, Friday 20, Saturday 21, Sunday 22. December: Tuesday 1.
const countryDays = { start: "09:00", end: "17:00" };
const calendarOf = (country: string) =>
  createBusinessCalendar({ country, observeHolidays: true, sendWindow: countryDays });

describe("business days follow the country's weekend when the window names no days", () => {
  it.each([
    ["IL", 1, "2026-11-18", "2026-11-19"], // Wednesday -> Thursday
    ["IL", 1, "2026-11-19", "2026-11-22"], // Thursday -> Sunday, over Friday-Saturday
    ["IL", 1, "2026-11-20", "2026-11-22"], // Friday -> Sunday
    ["IL", 5, "2026-11-19", "2026-11-26"], // Sun 22, Mon 23, Tue 24, Wed 25, Thu 26
    ["SA", 1, "2026-11-19", "2026-11-22"],
    ["EG", 2, "2026-11-19", "2026-11-23"], // Sun 22, Mon 23
    ["IR", 1, "2026-11-19", "2026-11-21"], // Thursday -> Saturday, over Friday alone
    ["IR", 1, "2026-12-21", "2026-12-23"], // Tue 22 Dec is the Birthday of Imam Ali
    ["AF", 1, "2026-11-18", "2026-11-21"], // Wednesday -> Saturday, over Thursday-Friday
    ["AF", 1, "2026-11-21", "2026-11-22"], // Saturday -> Sunday: both working days
    ["AE", 1, "2026-11-19", "2026-11-20"], // Thursday -> Friday: Saturday-Sunday since 2022
    ["AE", 1, "2026-11-20", "2026-11-23"], // Friday -> Monday
    ["AE", 1, "2026-12-01", "2026-12-03"], // Wed 2 Dec is National Day
    ["DE", 1, "2026-11-19", "2026-11-20"],
    ["US", 1, "2026-11-20", "2026-11-23"],
  ])("%s: %i business day(s) after %s is %s", (country, n, from, expected) => {
    expect(calendarOf(country).addBusinessDays(from, n)).toBe(expected);
  });

  it.each([
    ["IL", 1, "2026-11-22", "2026-11-19"], // Sunday -> Thursday
    ["SA", 3, "2026-11-29", "2026-11-24"], // Thu 26, Wed 25, Tue 24
    ["AF", 1, "2026-11-21", "2026-11-18"], // Saturday -> Wednesday
    ["IL", 0, "2026-11-21", "2026-11-19"], // a Saturday rolls back to Thursday
  ])("%s: %i business day(s) before %s is %s", (country, n, from, expected) => {
    expect(calendarOf(country).subtractBusinessDays(from, n)).toBe(expected);
  });

  it.each([
    ["IL", "2026-11-20", false],
    ["IL", "2026-11-21", false],
    ["IL", "2026-11-22", true],
    ["IR", "2026-11-20", false],
    ["IR", "2026-11-21", true],
    ["AF", "2026-11-19", false],
    ["AF", "2026-11-22", true],
    ["AE", "2026-11-20", true],
    ["AE", "2026-11-22", false],
  ])("%s: %s is a business day: %s", (country, date, expected) => {
    expect(calendarOf(country).isBusinessDay(date)).toBe(expected);
  });

  it("says which days it sends on and whose weekend that is", () => {
    const il = calendarOf("il");
    expect(il.country).toBe("IL");
    expect(il.sendDays).toEqual([1, 2, 3, 4, 7]);
    expect(il.countryWeekend).toEqual([5, 6]);
  });

  it("sends inside the window on an Israeli Sunday, and moves a Friday to Sunday", () => {
    const il = calendarOf("IL");
    const zone = "Asia/Jerusalem"; // UTC+2 in November
    expect(il.isInSendWindow(new Date("2026-11-22T10:00:00+02:00"), zone)).toBe(true);
    expect(il.isInSendWindow(new Date("2026-11-20T10:00:00+02:00"), zone)).toBe(false);
    expect(il.nextSendSlot(new Date("2026-11-20T10:00:00+02:00"), zone, "09:30").toISOString()).toBe(
      "2026-11-22T07:30:00.000Z",
    );
  });
});

describe("days the candidate set win over the country's weekend", () => {
  const il = createBusinessCalendar({
    country: "IL",
    observeHolidays: true,
    sendWindow: { ...countryDays, days: [1, 2, 3, 4, 5] },
  });

  it("sends on an Israeli Friday and not on a Sunday", () => {
    expect(il.addBusinessDays("2026-11-19", 1)).toBe("2026-11-20");
    expect(il.addBusinessDays("2026-11-20", 1)).toBe("2026-11-23");
    expect(il.isBusinessDay("2026-11-22")).toBe(false);
  });

  it("does not claim the country's weekend for them", () => {
    expect(il.sendDays).toEqual([1, 2, 3, 4, 5]);
    expect(il.countryWeekend).toBeUndefined();
  });
});

describe("countries with no public-holiday rules", () => {
  it("are supported, without regions, and unknown codes still are not", () => {
    expect(isSupportedCountry("AF")).toBe(true);
    expect(isSupportedCountry("jo")).toBe(true);
    expect(isSupportedCountry("NP")).toBe(true);
    expect(isSupportedCountry("AF", "KAB")).toBe(false);
    expect(isSupportedCountry("XX")).toBe(false);
    expect(isSupportedCountry("EU")).toBe(false);
  });

  /**
   * Every territory CLDR names (Node's ICU) is a country with holiday rules, one of these, or not an
   * ISO 3166-1 country: codes withdrawn or replaced (AN Curaçao's old Antilles, BU, CS, DD, DY, FX, HV, NH,
   * RH, SU, TP, UK, VD, YD, YU, ZR), exceptionally reserved ones that are parts of a country (AC, CP, CQ, DG,
   * EA, TA), groupings (EU, EZ, QO, UN) and CLDR's own (XA, XB, ZZ).
   */
  const NOT_ISO_COUNTRIES =
    "AN BU CS DD DY FX HV NH RH SU TP UK VD YD YU ZR AC CP CQ DG EA TA EU EZ QO UN XA XB ZZ".split(" ");

  it("are every ISO 3166-1 country without a holiday table, and none with one", () => {
    const names = new Intl.DisplayNames("en", { type: "region", fallback: "none" });
    const letters = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"];
    const named = letters.flatMap((a) => letters.map((b) => a + b)).filter((c) => names.of(c));
    const withoutRules = named.filter((c) => !NOT_ISO_COUNTRIES.includes(c) && !hasHolidayTable(c));
    expect([...COUNTRIES_WITHOUT_HOLIDAYS].sort()).toEqual(withoutRules);
    for (const code of NOT_ISO_COUNTRIES) expect(isSupportedCountry(code), code).toBe(false);
  });

  it("skip their weekend and no holidays", () => {
    const af = calendarOf("AF");
    expect(af.holidayOn("2026-11-22")).toBeUndefined();
    // Wednesday 18 Nov + 3: Sat 21, Sun 22, Mon 23.
    expect(af.addBusinessDays("2026-11-18", 3)).toBe("2026-11-23");
    // Nepal: its weekend (Saturday alone; this ICU's CLDR says Saturday-Sunday) and no holidays: Sunday 15 Nov counts.
    expect(calendarOf("NP").addBusinessDays("2026-11-13", 1)).toBe("2026-11-15");
  });
});
