import { describe, expect, it } from "vitest";
import { formatCalendarDate } from "../../../web/src/format-calendar-date.js";

describe("formatCalendarDate", () => {
  it("writes a decision date as the day it is, with its weekday", () => {
    expect(formatCalendarDate("2026-12-18")).toBe("Fri, Dec 18, 2026");
    expect(formatCalendarDate("2028-02-29")).toBe("Tue, Feb 29, 2028");
  });

  it("keeps the day whatever the zone the browser is in (read at noon UTC, shown in UTC)", () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = "Pacific/Kiritimati";
      expect(formatCalendarDate("2026-01-01")).toBe("Thu, Jan 1, 2026");
      process.env.TZ = "Pacific/Pago_Pago";
      expect(formatCalendarDate("2026-01-01")).toBe("Thu, Jan 1, 2026");
    } finally {
      process.env.TZ = zone;
    }
  });

  it("leaves text that is not a calendar date as it is", () => {
    expect(formatCalendarDate("soon")).toBe("soon");
    expect(formatCalendarDate("2026-02-30")).toBe("2026-02-30");
  });
});
