import { tabledPeriodAt } from "./zone-source.js";

/**
 * The zone's short name at `ms` in US English ("EST", "GMT+5:30"), whatever the runtime's locale: from the
 * zone's table within its years (zone-source.ts), else from Intl; undefined when Intl names none.
 */
export function shortZoneName(zone: string, ms: number): string | undefined {
  const tabled = tabledPeriodAt(zone, ms);
  if (tabled) return tabled.name;
  const parts = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "short" }).formatToParts(ms);
  return parts.find((p) => p.type === "timeZoneName")?.value;
}
