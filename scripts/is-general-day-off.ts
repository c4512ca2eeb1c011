/**
 * Which of date-holidays' holidays the tables count as a day off: the one rule the generator
 * (generate-holiday-tables.ts) and the check against date-holidays (test/unit/shared/domain/holiday-tables.test.ts)
 * both apply, so the two cannot drift apart.
 *
 * date-holidays marks `public` some days that are not a day off for people at work in general. Its data says so
 * in two ways, and both are read here rather than any holiday's name:
 * - a start time in the rule ("03-08 12:00"): a part-day holiday, off from midday or the evening only. The planner
 *   works in whole days and sends in the morning (09:30 unless the user sets `sendTime`), when these are ordinary
 *   working days: China's Women's, Youth and Army Days from 12:00, Christmas Eve afternoon in Guatemala, Iceland,
 *   Curaçao, the Faroes and Valais, Christmas and New Year's Eve evenings in NT, SA and Queensland, Labour Day
 *   afternoon in Solothurn and Valais, Lundi Gras in Haiti, Good Friday afternoon in Kentucky.
 * - a `note` naming who the day is for: RESTRICTED_NOTES below, each checked against a public source.
 */

/** The fields of a date-holidays holiday this rule reads (`note` is in its data but not in its types). */
export interface DateHolidaysHoliday {
  /** "YYYY-MM-DD hh:mm:ss", with an offset for some calendars. */
  date: string;
  type: string;
  note?: string;
}

/**
 * Notes of date-holidays (as `getHolidays(year, "en")` returns them) that make a `public` day a day off only for
 * some people or places, with why. Keyed by the note's text, not the holiday's name, so the same note on another
 * holiday or country is read the same way.
 */
export const RESTRICTED_NOTES: ReadonlyMap<string, string> = new Map([
  // China, 全国年节及纪念日放假办法 (State Council), art. 3 "部分公民放假的节日": Women's Day half a day for
  // women, Youth Day half a day for those aged 14-28, Children's Day a day for children under 14, Army Day
  // half a day for serving soldiers; art. 6: no substitute when they fall on a weekend. Everyone else works.
  // http://m.yc.bendibao.com/news/45315.shtm (the text of the regulation)
  ["Women", "CN: half a day for women only"],
  ["Youth from the age of 14 to 28", "CN: half a day for people aged 14-28 only"],
  ["Children below the age of 14", "CN: for children under 14 only"],
  ["Military personnel in active service", "CN: half a day for serving soldiers only"],
  // Madagascar: Women's Day is off for women only, both Eids for Muslims only (about 1% of the people).
  // https://publicholidays.africa/madagascar/fr/2026-dates/ , https://www.joursferies.fr/pays/madagascar.php
  ["only for women", "MG: off for women only"],
  ["For Muslim", "MG: off for Muslims only"],
  // Solothurn: Saint Joseph is off in eight communities of the canton only (the note lists them).
  [
    "Only in communities: Fulenbach, Walterswil, Wisen, Metzerlen, Nulgar-St. Pantaleon, Rodersdorf, Bärschwil, Büsserach\n",
    "CH-SO: off in eight communities only",
  ],
]);

/**
 * Notes that read as if they restricted the day but do not (or leave it off for most people), kept so that the
 * check can tell a note it has weighed from a new one after a date-holidays upgrade.
 */
export const NOTES_THAT_DO_NOT_RESTRICT: ReadonlyMap<string, string> = new Map([
  // Kenya gazettes Idd-ul-Azha each year as a public holiday "of General Observance throughout the territory"
  // (Gazette notices 2016, 2019, 2020, 2023), e.g. https://www.kahawatungu.com/friday-declared-public-holiday-to-celebrate-idd-ul-azha/
  ["For all persons belonging to the Islamic faith.", "KE: gazetted for everyone"],
  ["except mining industy", "BW: off for all but the mining industry"],
  ["Either Good Friday or Easter Monday, at the employer’s option", "CA-QC: most employers give Good Friday"],
  ["is optional in Bucheggberg", "CH-SO: off in the canton but one district"],
  ["excluding: Bezirk Oberegg\n", "CH-AI: off in the canton but one district"],
  [
    "excluding communities: Agriswil, Altavilla, Büchslen, Cordast, Courgevaux, Courlevon, Fräschels, Galmiz, Gempenach, Greng, Jeuss, Kerzers, Lurtigen, Meyriez, Muntelier, Murten, Ried bei Kerzers (halb), Salvenach, Ulmiz, Bas-Vully, Haut-Vully\n",
    "CH-FR: off in the canton but 21 (Protestant) communities",
  ],
  ["orthodox", "BA: which calendar, not who"],
  ["Mizo Women's Association Day", "IN-MZ: what the day is, a state holiday for all"],
]);

/** Whether a date-holidays holiday is a whole day off for people at work in general. */
export function isGeneralDayOff(holiday: DateHolidaysHoliday): boolean {
  if (holiday.type !== "public") return false;
  if (holiday.date.slice(11, 19) !== "00:00:00") return false;
  return holiday.note === undefined || !RESTRICTED_NOTES.has(holiday.note);
}
