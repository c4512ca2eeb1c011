import { shippedJson } from "./shipped-file.js";
import { tablePeriodAt, type ZoneIndex, type ZonePeriod, type ZoneTable } from "./zone-table.js";

/** Where the zone tables sit, relative to this module's code (or the bundle it is part of). */
export const ZONE_TABLES_DIR = "zone-tables";

/** A table shipped with the code (shipped-file.ts), read on first use and kept by the callers below. */
function shipped<T>(name: string): T {
  return shippedJson<T>(import.meta.dirname, `${ZONE_TABLES_DIR}/${name}.json`, "The zone table");
}

let index: ZoneIndex | undefined;
const tables = new Map<string, ZoneTable>();

/** Every name the tables answer for (the runtime's, in lower case) to its canonical name, read on first use. */
export function zoneIndex(): ZoneIndex {
  index ??= shipped<ZoneIndex>("index");
  return index;
}

/**
 * The canonical name the tables know for a zone name in any case, or undefined when they do not know it
 * (the caller asks Intl). Only printable ASCII is looked up: a name is matched in lower case, and outside
 * ASCII `toLowerCase` folds characters ICU would not (the Kelvin sign to `k`).
 */
export function tabledZoneName(zone: string): string | undefined {
  if (!/^[\x21-\x7e]{1,100}$/.test(zone)) return undefined;
  // Most zones come spelled as the tables spell them (`America/New_York`; the API stores the canonical
  // name): such a name is its own table's, and every canonical name is its own entry in the index
  // (zone-tables.test.ts). Until another spelling needs the index (597 names, ~92 KB of objects once parsed),
  // the table alone answers.
  if (index === undefined && ownTable(zone)) return zone;
  const names = zoneIndex().names;
  const key = zone.toLowerCase();
  return Object.hasOwn(names, key) ? names[key] : undefined;
}

/** A path of the tables' folder that could be a zone's (no dots: nothing outside the folder). */
const TABLE_PATH = /^[A-Za-z0-9_+-]+(?:\/[A-Za-z0-9_+-]+){0,2}$/;

/**
 * Whether `zone` is the canonical name of a table, read (and kept) if so. A name in another case may open
 * the same file on a case-insensitive disk: the table's own `zone` decides.
 */
function ownTable(zone: string): boolean {
  if (tables.has(zone)) return true;
  if (!TABLE_PATH.test(zone)) return false;
  let table: ZoneTable;
  try {
    table = shipped<ZoneTable>(zone);
  } catch {
    return false;
  }
  if (table.zone !== zone) return false;
  tables.set(zone, table);
  return true;
}

/** The table of a canonical zone name tabledZoneName gave, read on first use. */
export function zoneTableOf(canonical: string): ZoneTable {
  let table = tables.get(canonical);
  if (!table) {
    table = shipped<ZoneTable>(canonical);
    tables.set(canonical, table);
  }
  return table;
}

/**
 * What the zone's table says at an instant (offset and short name), or undefined when the tables do not know
 * the name or cover the year: the caller asks Intl then.
 */
export function tabledPeriodAt(zone: string, ms: number): ZonePeriod | undefined {
  const name = tabledZoneName(zone);
  return name === undefined ? undefined : tablePeriodAt(zoneTableOf(name), ms);
}
