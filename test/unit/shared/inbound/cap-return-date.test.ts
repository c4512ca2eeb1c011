import { describe, expect, it } from "vitest";
import { capReturnDate } from "../../../../shared/inbound/cap-return-date.js";

const received = new Date("2026-12-01T23:30:00.000Z");

describe("capReturnDate", () => {
  it("keeps a return date within the limit", () => {
    expect(capReturnDate("2026-12-20", received, "UTC", 30)).toEqual({ date: "2026-12-20", capped: false });
    expect(capReturnDate("2026-12-31", received, "UTC", 30)).toEqual({ date: "2026-12-31", capped: false });
  });

  it("replaces one beyond it by the day `maxDays` after the receipt", () => {
    expect(capReturnDate("2099-12-31", received, "UTC", 30)).toEqual({ date: "2026-12-31", capped: true });
    expect(capReturnDate("2027-01-01", received, "UTC", 30)).toEqual({ date: "2026-12-31", capped: true });
  });

  it("counts from the receipt day in the given zone", () => {
    // 23:30 UTC on 1 Dec is already 2 Dec in Berlin.
    expect(capReturnDate("2099-12-31", received, "Europe/Berlin", 30)).toEqual({
      date: "2027-01-01",
      capped: true,
    });
  });
});
