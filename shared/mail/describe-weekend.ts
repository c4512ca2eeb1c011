import { countryWeekend, weekendCountryName } from "../domain/country-weekend.js";

const WEEKDAY_NAMES = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** The weekend in words, with the country's English name: "Friday and Saturday in Israel". */
export function describeWeekend(country: string): string {
  const code = country.trim().toUpperCase();
  const days = countryWeekend(code).map((d) => WEEKDAY_NAMES[d]);
  const list = days.length > 1 ? `${days.slice(0, -1).join(", ")} and ${days.at(-1)}` : (days[0] ?? "");
  // A country with the usual weekend is not named by the plan's words; its code stands in.
  return `${list} in ${weekendCountryName(code) ?? code}`;
}
