import { describe, expect, it } from "vitest";
import {
  createBusinessCalendar,
  instantAt,
  isSupportedCountry,
  localDateOf,
  toSendAt,
} from "../../../../shared/domain/business-calendar.js";
import { DEFAULT_PLANNER_SETTINGS } from "../../../../shared/domain/planner-settings.js";

const window = DEFAULT_PLANNER_SETTINGS.sendWindow; // Mon-Fri 09:00-17:00
const us = createBusinessCalendar({ country: "US", observeHolidays: true, sendWindow: window });
const NY = "America/New_York";

describe("isSupportedCountry", () => {
  it.each([
    ["US", undefined, true],
    ["us", undefined, true],
    ["GB", "ENG", true],
    ["DE", "BY", true],
    ["DE", "by", true],
    ["DE", "ZZ", false],
    ["XX", undefined, false],
    ["USA", undefined, false],
    ["", undefined, false],
  ])("%s / %s -> %s", (code, region, expected) => {
    expect(isSupportedCountry(code, region)).toBe(expected);
  });
});

describe("createBusinessCalendar", () => {
  it("rejects an unknown country or region clearly", () => {
    expect(() =>
      createBusinessCalendar({ country: "XX", observeHolidays: true, sendWindow: window }),
    ).toThrow(/Unsupported country "XX"/);
    expect(() =>
      createBusinessCalendar({ country: "DE", region: "ZZ", observeHolidays: true, sendWindow: window }),
    ).toThrow(/Unsupported country\/region "DE-ZZ"/);
  });

  it("rejects a window that ends before it starts or has no days", () => {
    expect(() =>
      createBusinessCalendar({
        country: "US",
        observeHolidays: true,
        sendWindow: { start: "17:00", end: "09:00", days: [1] },
      }),
    ).toThrow(/end after it starts/);
    expect(() =>
      createBusinessCalendar({
        country: "US",
        observeHolidays: true,
        sendWindow: { start: "09:00", end: "17:00", days: [] },
      }),
    ).toThrow(/no days/);
  });
});

describe("isBusinessDay", () => {
  it.each([
    ["2026-11-25", true], // Wednesday
    ["2026-11-26", false], // Thanksgiving
    ["2026-11-27", true], // the day after is only an observance
    ["2026-11-28", false], // Saturday
    ["2026-11-29", false], // Sunday
    ["2026-07-03", false], // Independence Day observed on Friday
    ["2026-12-24", true], // Christmas Eve is optional, not public
    ["2026-12-25", false],
  ])("US %s -> %s", (date, expected) => {
    expect(us.isBusinessDay(date)).toBe(expected);
  });

  it("ignores holidays when they are not observed", () => {
    const cal = createBusinessCalendar({ country: "US", observeHolidays: false, sendWindow: window });
    expect(cal.isBusinessDay("2026-11-26")).toBe(true);
    expect(cal.holidayOn("2026-11-26")).toBeUndefined();
  });

  it("names the holiday", () => {
    expect(us.holidayOn("2026-11-26")).toBe("Thanksgiving Day");
    expect(us.holidayOn("2026-11-27")).toBeUndefined();
  });

  it("uses regional holidays only for that region", () => {
    const by = createBusinessCalendar({
      country: "DE",
      region: "BY",
      observeHolidays: true,
      sendWindow: window,
    });
    const de = createBusinessCalendar({ country: "DE", observeHolidays: true, sendWindow: window });
    expect(by.isBusinessDay("2026-06-04")).toBe(false); // Corpus Christi
    expect(de.isBusinessDay("2026-06-04")).toBe(true);
    const eng = createBusinessCalendar({
      country: "GB",
      region: "ENG",
      observeHolidays: true,
      sendWindow: window,
    });
    const sct = createBusinessCalendar({
      country: "GB",
      region: "SCT",
      observeHolidays: true,
      sendWindow: window,
    });
    expect(eng.isBusinessDay("2026-08-31")).toBe(false); // Summer bank holiday, England
    expect(sct.isBusinessDay("2026-08-31")).toBe(true);
    expect(sct.isBusinessDay("2026-08-03")).toBe(false); // Summer bank holiday, Scotland
  });

  it("follows the window's days", () => {
    const sixDays = createBusinessCalendar({
      country: "US",
      observeHolidays: true,
      sendWindow: { ...window, days: [1, 2, 3, 4, 5, 6] },
    });
    expect(sixDays.isBusinessDay("2026-11-21")).toBe(true); // Saturday
    expect(sixDays.isBusinessDay("2026-11-22")).toBe(false);
  });

  it("rejects malformed dates", () => {
    expect(() => us.isBusinessDay("2026-13-01")).toThrow(/Invalid date/);
    expect(() => us.isBusinessDay("26-11-01")).toThrow(/Invalid date/);
  });
});

describe("addBusinessDays / subtractBusinessDays", () => {
  it.each([
    ["2026-11-16", 1, "2026-11-17"], // Mon -> Tue
    ["2026-11-17", 1, "2026-11-18"],
    ["2026-11-18", 1, "2026-11-19"],
    ["2026-11-19", 1, "2026-11-20"], // Thu -> Fri
    ["2026-11-20", 1, "2026-11-23"], // Fri -> Mon
    ["2026-11-25", 1, "2026-11-27"], // over Thanksgiving
    ["2026-11-28", 1, "2026-11-30"], // Sat -> Mon
    ["2026-11-29", 1, "2026-11-30"], // Sun -> Mon
    ["2026-11-25", 5, "2026-12-03"],
    ["2026-12-24", 1, "2026-12-28"], // over Christmas and the weekend
    ["2026-12-31", 1, "2027-01-04"], // New Year's Day 2027 is a Friday
    ["2026-11-28", 0, "2026-11-30"], // 0 rolls a non-business day forward
    ["2026-11-30", 0, "2026-11-30"],
    ["2026-11-30", -1, "2026-11-27"],
  ])("US %s + %i -> %s", (date, n, expected) => {
    expect(us.addBusinessDays(date, n)).toBe(expected);
  });

  it.each([
    ["2026-12-11", 3, "2026-12-08"],
    ["2026-11-30", 3, "2026-11-24"], // back over the weekend and Thanksgiving
    ["2026-11-28", 0, "2026-11-27"], // 0 rolls back
    ["2026-11-27", -1, "2026-11-30"],
  ])("US %s - %i -> %s", (date, n, expected) => {
    expect(us.subtractBusinessDays(date, n)).toBe(expected);
  });

  it("handles the UK and German holidays", () => {
    const gb = createBusinessCalendar({ country: "GB", observeHolidays: true, sendWindow: window });
    expect(gb.addBusinessDays("2026-05-22", 1)).toBe("2026-05-26"); // Spring bank holiday Monday
    expect(gb.addBusinessDays("2026-12-24", 1)).toBe("2026-12-29"); // Christmas, Boxing Day substitute
    const by = createBusinessCalendar({
      country: "DE",
      region: "BY",
      observeHolidays: true,
      sendWindow: window,
    });
    expect(by.addBusinessDays("2026-06-03", 1)).toBe("2026-06-05");
    expect(by.addBusinessDays("2026-01-05", 1)).toBe("2026-01-07"); // Epiphany in Bavaria
  });

  it("rejects fractional counts", () => {
    expect(() => us.addBusinessDays("2026-11-30", 1.5)).toThrow(/whole number/);
  });
});

describe("isInSendWindow", () => {
  it.each([
    ["2026-11-30T09:00:00-05:00", NY, true], // start is inclusive
    ["2026-11-30T16:59:00-05:00", NY, true],
    ["2026-11-30T17:00:00-05:00", NY, false], // end is exclusive
    ["2026-11-30T08:59:00-05:00", NY, false],
    ["2026-11-28T12:00:00-05:00", NY, false], // Saturday
    ["2026-11-26T12:00:00-05:00", NY, false], // Thanksgiving
    ["2026-11-30T14:30:00Z", NY, true], // 09:30 in New York
    ["2026-11-30T14:30:00Z", "Asia/Tokyo", false], // 23:30 in Tokyo
    ["2026-11-30T04:00:00Z", "Asia/Kolkata", true], // 09:30 IST
  ])("%s in %s -> %s", (iso, zone, expected) => {
    expect(us.isInSendWindow(new Date(iso), zone)).toBe(expected);
  });

  it("rejects an unknown zone", () => {
    expect(() => us.isInSendWindow(new Date(), "Mars/Olympus")).toThrow(/Unknown IANA time zone/);
  });
});

describe("nextSendSlot", () => {
  const slot = (after: string, preferred = "09:30", zone = NY) =>
    us.nextSendSlot(new Date(after), zone, preferred).toISOString();

  it("takes the preferred time when it is still ahead that day", () => {
    expect(slot("2026-11-30T07:00:00-05:00")).toBe("2026-11-30T14:30:00.000Z");
    expect(slot("2026-11-30T09:10:00-05:00")).toBe("2026-11-30T14:30:00.000Z");
  });

  it("takes `after` itself, rounded up to the minute, once the preferred time has passed", () => {
    expect(slot("2026-11-30T10:15:00-05:00")).toBe("2026-11-30T15:15:00.000Z");
    expect(slot("2026-11-30T10:15:20-05:00")).toBe("2026-11-30T15:16:00.000Z");
  });

  it("moves to the next business day after the window closes", () => {
    expect(slot("2026-11-30T17:00:00-05:00")).toBe("2026-12-01T14:30:00.000Z");
    expect(slot("2026-11-30T16:59:30-05:00")).toBe("2026-12-01T14:30:00.000Z"); // rounds up to 17:00
    expect(slot("2026-11-25T18:00:00-05:00")).toBe("2026-11-27T14:30:00.000Z"); // skips Thanksgiving
    expect(slot("2026-11-28T12:00:00-05:00")).toBe("2026-11-30T14:30:00.000Z"); // Saturday
  });

  it("uses the window start when the preferred time is outside the window", () => {
    expect(slot("2026-11-30T06:00:00-05:00", "07:00")).toBe("2026-11-30T14:00:00.000Z");
    expect(slot("2026-11-30T06:00:00-05:00", "18:00")).toBe("2026-11-30T14:00:00.000Z");
  });

  it("is correct across DST changes", () => {
    expect(slot("2026-03-07T12:00:00-05:00")).toBe("2026-03-09T13:30:00.000Z"); // EST -> EDT
    expect(slot("2026-10-31T12:00:00-04:00")).toBe("2026-11-02T14:30:00.000Z"); // EDT -> EST
    expect(slot("2026-03-28T12:00:00Z", "09:30", "Europe/London")).toBe("2026-03-30T08:30:00.000Z");
  });

  it("works in a half-hour zone", () => {
    expect(slot("2026-12-01T00:00:00Z", "09:30", "Asia/Kolkata")).toBe("2026-12-01T04:00:00.000Z");
    // 06:30 ACDT (+10:30) on Tuesday 1 Dec
    expect(slot("2026-11-30T20:00:00Z", "09:30", "Australia/Adelaide")).toBe("2026-11-30T23:00:00.000Z");
    // 10:30 ACDT: already inside the window, past the preferred time
    expect(slot("2026-12-01T00:00:00Z", "09:30", "Australia/Adelaide")).toBe("2026-12-01T00:00:00.000Z");
  });
});

describe("time helpers", () => {
  it("formats sendAt with the zone's offset, to the second, without milliseconds", () => {
    const at = new Date("2026-12-02T14:30:00Z");
    expect(toSendAt(at, NY)).toBe("2026-12-02T09:30:00-05:00");
    expect(toSendAt(at, "Europe/London")).toBe("2026-12-02T14:30:00+00:00");
    expect(toSendAt(at, "Asia/Kolkata")).toBe("2026-12-02T20:00:00+05:30");
    expect(toSendAt(at, "Australia/Adelaide")).toBe("2026-12-03T01:00:00+10:30");
    expect(toSendAt(at, "UTC")).toBe("2026-12-02T14:30:00Z");
  });

  it("gives the local date of an instant", () => {
    expect(localDateOf(new Date("2026-11-21T04:30:00Z"), NY)).toBe("2026-11-20");
    expect(localDateOf(new Date("2026-11-21T04:30:00Z"), "Europe/Berlin")).toBe("2026-11-21");
  });

  it("shifts a local time in a DST gap forward", () => {
    expect(instantAt("2026-03-08", "02:30", NY).toISOString()).toBe("2026-03-08T07:30:00.000Z");
  });
});
