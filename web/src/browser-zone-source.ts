import type { ZonePeriod } from "../../shared/domain/zone-table";

/**
 * What the web app's build puts in place of shared/domain/zone-source.ts (web/vite.config.ts): a browser has
 * no zone tables beside its code, and its own Intl has no cold start to spare, so every zone is read
 * through Intl, as wall-clock.ts does for any name the tables do not know.
 */
export function tabledZoneName(_zone: string): string | undefined {
  return undefined;
}

export function tabledPeriodAt(_zone: string, _ms: number): ZonePeriod | undefined {
  return undefined;
}
