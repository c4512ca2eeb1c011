/**
 * One zone's offsets from UTC and short names over the years the zone tables cover, as the generator
 * (scripts/generate-icu-tables.ts) writes them from the runtime's own ICU into `zone-tables/<zone>.json`,
 * and what reads them back. A table answers only inside its years; outside them the caller asks Intl.
 *
 * Times are whole seconds since 1970 (UTC) and offsets whole seconds east of UTC. `offset` and `name` are in
 * force from `from`; each `at[i]` starts `offsets[i]` and `nameOf[i]` (ascending), up to `to` (excluded).
 * Names are indexes into `names`, the zone's short names in US English ("EST", "GMT+1").
 */
export interface ZoneTable {
  /** The runtime's canonical name for the zone. */
  zone: string;
  from: number;
  to: number;
  offset: number;
  name: number;
  at: number[];
  offsets: number[];
  nameOf: number[];
  names: string[];
}

/** `zone-tables/index.json`: what the tables were made from and every zone name they answer for. */
export interface ZoneIndex {
  /** The IANA tz data version of the ICU the tables were read from (`process.versions.tz`). */
  tz: string;
  /** The first and last year the tables cover, both included (UTC). */
  firstYear: number;
  lastYear: number;
  /** Every name the runtime resolved, in lower case (IANA names and links, UTC's aliases), to its canonical name. */
  names: Record<string, string>;
}

/** The zone's offset east of UTC (seconds) and short name at an instant. */
export interface ZonePeriod {
  offset: number;
  name: string;
}

/** What the zone's table says at an instant; undefined outside its years (or for an instant that is no number). */
export function tablePeriodAt(table: ZoneTable, ms: number): ZonePeriod | undefined {
  const seconds = Math.floor(ms / 1000);
  if (!(seconds >= table.from && seconds < table.to)) return undefined;
  const { at } = table;
  // The number of changes at or before the instant: binary search over the ascending change times.
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((at[mid] ?? 0) <= seconds) lo = mid + 1;
    else hi = mid;
  }
  const offset = lo === 0 ? table.offset : (table.offsets[lo - 1] ?? table.offset);
  const name = lo === 0 ? table.name : (table.nameOf[lo - 1] ?? table.name);
  return { offset, name: table.names[name] ?? "" };
}
