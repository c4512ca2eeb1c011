import { describe, expect, it } from "vitest";
import { isValidTimeZone } from "../../../../shared/domain/is-valid-time-zone.js";

/** The tz database's links (its `backward` file) that are named in an area: aliases the runtime resolves. */
const AREA_LINKS =
  `Africa/Asmera Africa/Timbuktu America/Argentina/ComodRivadavia America/Atka America/Buenos_Aires
America/Catamarca America/Coral_Harbour America/Cordoba America/Ensenada America/Fort_Wayne America/Godthab
America/Indianapolis America/Jujuy America/Knox_IN America/Kralendijk America/Louisville America/Lower_Princes
America/Marigot America/Mendoza America/Montreal America/Nipigon America/Pangnirtung America/Porto_Acre
America/Rainy_River America/Rosario America/Santa_Isabel America/Shiprock America/St_Barthelemy
America/Thunder_Bay America/Virgin America/Yellowknife Antarctica/South_Pole Arctic/Longyearbyen Asia/Ashkhabad
Asia/Calcutta Asia/Choibalsan Asia/Chongqing Asia/Chungking Asia/Dacca Asia/Harbin Asia/Istanbul Asia/Kashgar
Asia/Katmandu Asia/Macao Asia/Rangoon Asia/Saigon Asia/Tel_Aviv Asia/Thimbu Asia/Ujung_Pandang Asia/Ulan_Bator
Atlantic/Faeroe Atlantic/Jan_Mayen Australia/ACT Australia/Canberra Australia/Currie Australia/LHI Australia/NSW
Australia/North Australia/Queensland Australia/South Australia/Tasmania Australia/Victoria Australia/West
Australia/Yancowinna Europe/Belfast Europe/Bratislava Europe/Busingen Europe/Kiev Europe/Mariehamn Europe/Nicosia
Europe/Podgorica Europe/San_Marino Europe/Tiraspol Europe/Uzhgorod Europe/Vatican Europe/Zaporozhye
Pacific/Enderbury Pacific/Johnston Pacific/Ponape Pacific/Samoa Pacific/Truk Pacific/Yap`.split(/\s+/);

const AREAS =
  /^(Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/[A-Za-z0-9_+\-/]{1,50}$/i;

/** The rule as first written: the runtime's canonical name must be one of Intl's canonical zones of a place. */
function asFirstWritten(zone: string): boolean {
  if (/^(Etc\/)?UTC$/i.test(zone)) return true;
  if (!AREAS.test(zone)) return false;
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat("en-US", { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return false;
  }
  return new Set([...Intl.supportedValuesOf("timeZone"), "UTC"]).has(resolved);
}

describe("isValidTimeZone, which checks the resolved name by its area instead of Intl's list of zones", () => {
  const names = [...Intl.supportedValuesOf("timeZone"), ...AREA_LINKS, "UTC", "Etc/UTC", "America/Gotham"];

  it("answers as the list did for every supported zone and every area link, in any case", () => {
    for (const name of names.flatMap((n) => [n, n.toLowerCase(), n.toUpperCase()])) {
      expect(isValidTimeZone(name), name).toBe(asFirstWritten(name));
    }
  });

  it("accepts every zone the runtime lists", () => {
    expect(Intl.supportedValuesOf("timeZone").filter((z) => !isValidTimeZone(z))).toEqual([]);
  });
});
