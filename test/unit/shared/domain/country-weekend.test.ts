import { afterEach, describe, expect, it } from "vitest";
import { intlWeekend } from "../../../../scripts/intl-weekend.js";
import {
  countryWeekend,
  countryWorkweek,
  isSaturdaySunday,
} from "../../../../shared/domain/country-weekend.js";
import { describeWeekend } from "../../../../shared/mail/describe-weekend.js";

const LETTERS = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"];
/** The corrections countryWeekend makes to CLDR, pinned above. */
const CORRECTED = new Set(["BD", "NP", "BN"]);

describe("countryWeekend (CLDR week data from Node's ICU)", () => {
  it.each([
    ["IL", [5, 6]],
    ["SA", [5, 6]],
    ["EG", [5, 6]],
    ["IR", [5]],
    ["AF", [4, 5]],
    // The UAE moved to a Saturday-Sunday weekend in 2022; CLDR has it.
    ["AE", [6, 7]],
    // Where this ICU's CLDR (Saturday-Sunday for all three) lags the law: see countryWeekend.
    ["BD", [5, 6]],
    ["NP", [6]],
    ["BN", [5, 7]],
    ["DE", [6, 7]],
    ["US", [6, 7]],
  ])("%s: %j", (country, weekend) => {
    expect(countryWeekend(country)).toEqual(weekend);
  });

  it("answers what this Node's ICU says for every two-letter code but the corrected ones (else: npm run generate:icu)", () => {
    const differ = LETTERS.flatMap((a) => LETTERS.map((b) => a + b))
      .filter((code) => !CORRECTED.has(code))
      .filter((code) => countryWeekend(code).join() !== (intlWeekend(code) ?? [6, 7]).join());
    expect(differ).toEqual([]);
  });

  it("reads any case and surrounding spaces", () => {
    expect(countryWeekend(" il ")).toEqual([5, 6]);
  });

  it("falls back to Saturday and Sunday for what is not a country code", () => {
    expect(countryWeekend("Israel")).toEqual([6, 7]);
    expect(countryWeekend("")).toEqual([6, 7]);
    expect(countryWeekend("__proto__")).toEqual([6, 7]);
    expect(countryWeekend("constructor")).toEqual([6, 7]);
  });
});

describe("countryWorkweek", () => {
  it.each([
    ["IL", [1, 2, 3, 4, 7]],
    ["IR", [1, 2, 3, 4, 6, 7]],
    ["AF", [1, 2, 3, 6, 7]],
    ["DE", [1, 2, 3, 4, 5]],
  ])("%s works on %j", (country, days) => {
    expect(countryWorkweek(country)).toEqual(days);
  });
});

describe("describeWeekend", () => {
  it.each([
    ["IL", "Friday and Saturday in Israel"],
    ["SA", "Friday and Saturday in Saudi Arabia"],
    ["EG", "Friday and Saturday in Egypt"],
    ["IR", "Friday in Iran"],
    ["AF", "Thursday and Friday in Afghanistan"],
    ["NP", "Saturday in Nepal"],
    ["BN", "Friday and Sunday in Brunei"],
  ])("%s: %s", (country, text) => {
    expect(describeWeekend(country)).toBe(text);
  });

  it("names every country with another weekend as Intl's English region names do (else: npm run generate:icu)", () => {
    const names = new Intl.DisplayNames(["en"], { type: "region" });
    const named = LETTERS.flatMap((a) => LETTERS.map((b) => a + b))
      .filter((code) => !isSaturdaySunday(countryWeekend(code)))
      .map((code) => [code, describeWeekend(code).split(" in ").at(-1)]);
    expect(named.length).toBeGreaterThan(15);
    expect(named).toEqual(named.map(([code]) => [code, names.of(code ?? "")]));
  });

  it("knows which weekend needs no explaining", () => {
    expect(isSaturdaySunday(countryWeekend("DE"))).toBe(true);
    expect(isSaturdaySunday(countryWeekend("IL"))).toBe(false);
    expect(isSaturdaySunday(countryWeekend("IR"))).toBe(false);
  });
});

describe("intlWeekend (what the generated table is read with) on either Node line", () => {
  // Node 20 and 22 have no getWeekInfo (undefined); newer Node has its own: put back whatever was there.
  const original = Object.getOwnPropertyDescriptor(Intl.Locale.prototype, "getWeekInfo");
  const fakeGetWeekInfo = (weekend: (region: string | undefined) => number[]) =>
    Object.defineProperty(Intl.Locale.prototype, "getWeekInfo", {
      configurable: true,
      writable: true,
      value(this: Intl.Locale) {
        return { firstDay: 1, minimalDays: 1, weekend: weekend(this.region) };
      },
    });
  afterEach(() => {
    if (original) Object.defineProperty(Intl.Locale.prototype, "getWeekInfo", original);
    else Reflect.deleteProperty(Intl.Locale.prototype, "getWeekInfo");
  });

  it("prefers the standard getWeekInfo() (Node 24) over the older weekInfo getter (Node 20, 22)", () => {
    fakeGetWeekInfo((region) => (region === "BT" ? [4] : [6, 7]));
    expect(intlWeekend("BT")).toEqual([4]);
  });

  it("gives no weekend when ICU answers a week with no working day (the table then keeps Saturday-Sunday)", () => {
    fakeGetWeekInfo(() => [1, 2, 3, 4, 5, 6, 7]);
    expect(intlWeekend("YE")).toBeUndefined();
  });
});
