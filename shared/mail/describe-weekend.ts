import { countryWeekend } from "../domain/country-weekend.js";

const WEEKDAY_NAMES = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** The weekend in words, with the country's English name: "Friday and Saturday in Israel". */
export function describeWeekend(country: string): string {
  const code = country.trim().toUpperCase();
  const days = countryWeekend(code).map((d) => WEEKDAY_NAMES[d]);
  const list = days.length > 1 ? `${days.slice(0, -1).join(", ")} and ${days.at(-1)}` : (days[0] ?? "");
  let name = code;
  try {
    name = new Intl.DisplayNames(["en"], { type: "region" }).of(code) ?? code;
  } catch {
    // An unknown code keeps its letters.
  }
  return `${list} in ${name}`;
}
