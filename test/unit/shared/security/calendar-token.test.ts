import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calendarToken, verifyCalendarToken } from "../../../../shared/security/calendar-token.js";
import { manageToken } from "../../../../shared/security/manage-token.js";
import { unsubscribeToken } from "../../../../shared/security/unsubscribe-token.js";

const SECRET = "unit-test-secret-0123456789abcdef";
const OTHER_SECRET = "another-secret-0123456789abcdef";

describe("calendar feed tokens", () => {
  it("name the owner and generation they were issued for", () => {
    const token = calendarToken(SECRET, "user-1", 3);
    expect(token).toMatch(/^c-[0-9a-f]+-3-[0-9a-f]{32}$/);
    expect(verifyCalendarToken(SECRET, token)).toEqual({ owner: "user-1", generation: 3 });
  });

  it("survive a calendar app that upper- or lower-cases the URL", () => {
    const token = calendarToken(SECRET, "Üser|Ω", 1);
    expect(verifyCalendarToken(SECRET, token.toUpperCase())).toEqual({ owner: "Üser|Ω", generation: 1 });
  });

  it("refuse another key, another generation, an altered owner, or another kind of signed token", () => {
    const token = calendarToken(SECRET, "user-1", 2);
    expect(verifyCalendarToken(OTHER_SECRET, token)).toBeUndefined();
    expect(verifyCalendarToken(SECRET, token.replace("-2-", "-3-"))).toBeUndefined();
    const otherOwner = Buffer.from("user-2").toString("hex");
    expect(verifyCalendarToken(SECRET, token.replace(/^c-[0-9a-f]+-/, `c-${otherOwner}-`))).toBeUndefined();
    const id = "01KM84ZWWG0T0Z3G0A2HQ2P15A";
    expect(verifyCalendarToken(SECRET, manageToken(SECRET, id, "s1"))).toBeUndefined();
    expect(verifyCalendarToken(SECRET, unsubscribeToken(SECRET, id, "s1"))).toBeUndefined();
    expect(verifyCalendarToken(SECRET, "")).toBeUndefined();
    expect(verifyCalendarToken(SECRET, `${token}x`)).toBeUndefined();
  });

  it("round-trip any owner and generation, and refuse every single-character change (property)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", minLength: 1, maxLength: 64 }),
        fc.integer({ min: 1, max: 9_999_999_999 }),
        fc.nat(),
        fc.constantFrom(..."0123456789abcdefz-"),
        (owner, generation, at, char) => {
          const token = calendarToken(SECRET, owner, generation);
          expect(verifyCalendarToken(SECRET, token)).toEqual({ owner, generation });
          const i = at % token.length;
          if (token[i] === char) return;
          const altered = `${token.slice(0, i)}${char}${token.slice(i + 1)}`;
          expect(verifyCalendarToken(SECRET, altered)).toBeUndefined();
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("refuse arbitrary strings (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), (text) => {
        expect(verifyCalendarToken(SECRET, text)).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });
});
