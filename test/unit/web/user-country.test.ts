import { describe, expect, it } from "vitest";
import { userCountry } from "../../../web/src/user-country.js";

describe("userCountry", () => {
  it("takes the region of the first preferred language that names or implies one", () => {
    expect(userCountry(["en-GB", "en"])).toBe("GB");
    expect(userCountry(["de"])).toBe("DE");
    expect(userCountry(["pt-BR"])).toBe("BR");
    expect(userCountry(["ja"])).toBe("JP");
  });

  it("skips what is no country (Latin America's 419, a broken tag) and falls back to US", () => {
    expect(userCountry(["es-419", "es-MX"])).toBe("MX");
    expect(userCountry(["not a tag", "fr-CA"])).toBe("CA");
    expect(userCountry([])).toBe("US");
  });
});
