/**
 * Orders two strings by their UTF-16 code units, as `<` does: the order of ISO-8601 timestamps written
 * alike, of ULIDs and of zone names, the same on every runtime. `localeCompare` collates by locale instead,
 * and its first call in a process loads ICU and its collation data: ~8 ms of a cold start here, ~0.6 ms
 * when a DateTimeFormat has already loaded ICU.
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
