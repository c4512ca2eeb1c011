import { describe, expect, it } from "vitest";
import { padDigits } from "../../../../shared/domain/pad-digits.js";

describe("padDigits", () => {
  it("writes at least two digits by default, and as many as asked", () => {
    expect(padDigits(7)).toBe("07");
    expect(padDigits(12)).toBe("12");
    expect(padDigits(5, 3)).toBe("005");
    expect(padDigits(2026, 4)).toBe("2026");
    expect(padDigits(987, 2)).toBe("987");
  });
});
