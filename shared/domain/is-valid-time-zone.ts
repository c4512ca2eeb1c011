/** The regions of the IANA database whose `Area/Location` names are real places. */
const IANA_AREAS =
  /^(Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/[A-Za-z0-9_+\-/]{1,50}$/i;
const UTC_NAMES = /^(Etc\/)?UTC$/i;

let canonicalZones: ReadonlySet<string> | undefined;

function isCanonical(zone: string): boolean {
  canonicalZones ??= new Set([...Intl.supportedValuesOf("timeZone"), "UTC"]);
  return canonicalZones.has(zone);
}

function resolve(zone: string): string | undefined {
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/**
 * True for an IANA zone of a place (`America/New_York`, or an alias of one such as `Asia/Kolkata` or
 * `America/Argentina/Buenos_Aires`) that the runtime resolves to one of its canonical zones, and for UTC.
 * Legacy names the runtime still accepts are refused: `SystemV/EST5`, `Etc/GMT+5` (its sign inverted),
 * rule names with no place (`EST5EDT`, `EST`), and country links (`US/Eastern`, `Japan`, `GB`).
 */
export function isValidTimeZone(zone: string): boolean {
  if (UTC_NAMES.test(zone)) return true;
  if (!IANA_AREAS.test(zone)) return false;
  const resolved = resolve(zone);
  return resolved !== undefined && isCanonical(resolved);
}

/** The runtime's own spelling of a valid zone name (its case may differ from the input's). */
export function canonicalTimeZone(zone: string): string {
  return resolve(zone) ?? zone;
}
