import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../../../local/repo-root.js";
import { intlZoneReading } from "../../../../scripts/intl-zone-reading.js";
import { tabledZoneName, zoneIndex, zoneTableOf } from "../../../../shared/domain/zone-source.js";
import { tablePeriodAt } from "../../../../shared/domain/zone-table.js";

/**
 * The zone tables must say what this Node's ICU says (the tables are read from it by
 * scripts/generate-zone-tables.ts). When a Node upgrade brings new tz data this fails: run
 * `npm run generate:icu` and commit the tables.
 */
const REGENERATE = `the zone tables (tz ${zoneIndex().tz}) disagree with this Node's ICU (tz ${process.versions.tz}): run npm run generate:icu`;
const TABLES = join(REPO_ROOT, "shared/domain/zone-tables");
const WEEK = 7 * 86_400;

function tableFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? tableFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

function resolved(name: string): string | undefined {
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

const index = zoneIndex();
const canonical = [...new Set(Object.values(index.names))].sort();

describe("the zone tables", () => {
  it("name every zone Intl lists, and resolve every name as Intl does, in any case", () => {
    for (const zone of [...Intl.supportedValuesOf("timeZone"), "UTC"]) {
      expect(tabledZoneName(zone), `${zone}: ${REGENERATE}`).toBe(resolved(zone));
    }
    for (const [name, zone] of Object.entries(index.names)) {
      expect(resolved(name), `${name}: ${REGENERATE}`).toBe(zone);
      expect(tabledZoneName(name.toUpperCase())).toBe(zone);
    }
  });

  it("answer nothing for names they do not hold, so that Intl decides", () => {
    for (const name of [
      "",
      "Mars/Olympus",
      "europe/berlin ",
      "Asia/\u212Aolkata",
      "constructor",
      "__proto__",
    ]) {
      expect(tabledZoneName(name)).toBeUndefined();
    }
  });

  it("hold one table per canonical name, and nothing else", () => {
    const files = tableFiles(TABLES).map((file) => relative(TABLES, file).replace(/\.json$/, ""));
    expect(files.sort()).toEqual([...canonical, "index"].sort());
    // What lets zone-source.ts answer a canonical name from its own table without reading the index.
    for (const zone of canonical) expect(index.names[zone.toLowerCase()], zone).toBe(zone);
  });

  it("give Intl's offset and short name on both sides of every change and every week between, in every zone", () => {
    // Mismatches are gathered, not asserted one by one: expect's cost over ~1.5 million samples would be
    // most of the test's time.
    const wrong: string[] = [];
    for (const zone of canonical) {
      const table = zoneTableOf(zone);
      expect(table.zone).toBe(zone);
      expect(table.at.length).toBe(table.offsets.length);
      expect(table.at.length).toBe(table.nameOf.length);
      const intl = intlZoneReading(zone);
      const check = (s: number) => {
        const ours = tablePeriodAt(table, s * 1000);
        const theirs = intl(s);
        if (ours?.offset !== theirs.offset || ours.name !== theirs.name) {
          wrong.push(`${zone} at ${new Date(s * 1000).toISOString()}: ${JSON.stringify([ours, theirs])}`);
        }
      };
      for (const change of table.at) {
        check(change - 1);
        check(change);
      }
      // A different second of the week in each zone, so that the samples fall at many times of day.
      for (let s = table.from + ((zone.length * 3_607) % WEEK); s < table.to; s += WEEK) check(s);
    }
    expect(wrong.slice(0, 10), REGENERATE).toEqual([]);
  }, 120_000);

  it("answer only inside their years", () => {
    const table = zoneTableOf("Europe/Berlin");
    expect(tablePeriodAt(table, table.from * 1000 - 1)).toBeUndefined();
    expect(tablePeriodAt(table, table.from * 1000)).toEqual({ offset: 3600, name: "GMT+1" });
    expect(tablePeriodAt(table, Date.parse("2026-07-01T00:00:00Z"))).toEqual({ offset: 7200, name: "GMT+2" });
    expect(tablePeriodAt(table, table.to * 1000 - 1)).toEqual({ offset: 3600, name: "GMT+1" });
    expect(tablePeriodAt(table, table.to * 1000)).toBeUndefined();
    expect(tablePeriodAt(table, Number.NaN)).toBeUndefined();
    expect(new Date(table.from * 1000).toISOString()).toBe(`${index.firstYear}-01-01T00:00:00.000Z`);
    expect(new Date(table.to * 1000).toISOString()).toBe(`${index.lastYear + 1}-01-01T00:00:00.000Z`);
  });
});
