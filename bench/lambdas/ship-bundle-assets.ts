import { cpSync } from "node:fs";
import { join } from "node:path";

/**
 * What the CDK ships beside every Lambda's bundle (infra/constructs/followup-function.ts, its
 * afterBundling hook): the holiday tables the business calendar and the zone tables wall-clock.ts read at run
 * time, relative to their modules.
 * The bench builds every bundle into one directory, so one copy there serves them all.
 */
export function shipBundleAssets(repoRoot: string, outDir: string): void {
  cpSync(join(repoRoot, "shared/domain/holiday-tables"), join(outDir, "holiday-tables"), { recursive: true });
  cpSync(join(repoRoot, "shared/domain/zone-tables"), join(outDir, "zone-tables"), { recursive: true });
}
