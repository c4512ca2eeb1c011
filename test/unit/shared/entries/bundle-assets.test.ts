import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../../../local/repo-root.js";
import { OPENAPI_FILES_DIR } from "../../../../shared/api/openapi-files.js";
import { HOLIDAY_TABLES_DIR } from "../../../../shared/domain/holiday-source.js";
import { ZONE_TABLES_DIR } from "../../../../shared/domain/zone-source.js";
import { BUNDLE_ASSETS, bundleAssetsOf, shippedName } from "../../../../shared/entries/bundle-assets.js";
import { ENTRY_LIST, openapiEntry } from "../../../../shared/entries/entry-catalogue.js";

const shippedTo = (entry: string) => bundleAssetsOf(entry).map(shippedName);

describe("the assets shipped beside the bundles", () => {
  it("are directories of the repository with files in them, named by their entries' files", () => {
    const entries = new Set(ENTRY_LIST.map((e) => e.entry));
    for (const asset of BUNDLE_ASSETS) {
      expect(readdirSync(join(REPO_ROOT, asset.source)).length, asset.source).toBeGreaterThan(0);
      if (asset.entries !== "every") {
        for (const entry of asset.entries) expect(entries.has(entry), entry).toBe(true);
      }
    }
  });

  it("ship under the directory names their readers ask for, relative to their own code", () => {
    expect(BUNDLE_ASSETS.map(shippedName).sort()).toEqual(
      [HOLIDAY_TABLES_DIR, OPENAPI_FILES_DIR, ZONE_TABLES_DIR].sort(),
    );
  });

  it("give every Lambda the holiday and zone tables and only the openapi Lambda the OpenAPI document", () => {
    for (const { entry } of ENTRY_LIST) {
      expect(shippedTo(entry), entry).toContain(HOLIDAY_TABLES_DIR);
      expect(shippedTo(entry), entry).toContain(ZONE_TABLES_DIR);
      expect(shippedTo(entry).includes(OPENAPI_FILES_DIR), entry).toBe(entry === openapiEntry.entry);
    }
  });
});
