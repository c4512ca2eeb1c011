/**
 * The country of the browser's preferred languages that names one (`en-GB` -> GB, `de` -> DE by its likely
 * region), the register form's starting country; US when none does (a language alone with no likely
 * country, or a region such as 419, Latin America, that is no country code).
 */
export function userCountry(languages: readonly string[]): string {
  for (const tag of languages) {
    try {
      const region = new Intl.Locale(tag).maximize().region;
      if (region && /^[A-Z]{2}$/.test(region)) return region;
    } catch {
      // Not a language tag: the next one.
    }
  }
  return "US";
}
