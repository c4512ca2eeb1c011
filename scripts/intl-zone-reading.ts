import { WALL_CLOCK_FIELDS } from "../shared/domain/wall-clock.js";

/** What Intl says of a zone at an instant: its offset east of UTC (whole seconds) and its US English short name. */
export interface ZoneReading {
  offset: number;
  name: string;
}

/**
 * A zone's offset and short name at an instant (whole seconds since 1970), read from Intl the way
 * wall-clock.ts reads offsets (the wall clock's fields taken as UTC, minus the instant) and ics-time-zone.ts
 * reads names (`timeZoneName: "short"` in en-US), in one formatToParts. For the zone tables' generator and
 * the check that holds the tables to the runtime's ICU.
 */
export function intlZoneReading(zone: string): (seconds: number) => ZoneReading {
  const format = new Intl.DateTimeFormat("en-US", {
    ...WALL_CLOCK_FIELDS,
    timeZone: zone,
    timeZoneName: "short",
  });
  return (seconds) => {
    const f: Record<string, number> = {};
    let name = "";
    for (const part of format.formatToParts(seconds * 1000)) {
      if (part.type === "timeZoneName") name = part.value;
      else if (part.type !== "literal") f[part.type] = Number(part.value);
    }
    const shown = Date.UTC(
      f.year ?? 0,
      (f.month ?? 1) - 1,
      f.day ?? 1,
      f.hour ?? 0,
      f.minute ?? 0,
      f.second ?? 0,
    );
    return { offset: shown / 1000 - seconds, name };
  };
}
