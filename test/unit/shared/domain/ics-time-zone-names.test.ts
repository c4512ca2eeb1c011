import fc from "fast-check";
import { DateTime as Luxon } from "luxon";
import { describe, expect, it } from "vitest";
import { vtimezoneLines } from "../../../../shared/domain/ics-time-zone.js";

/**
 * ics-time-zone.ts read each observance's kind (DAYLIGHT or STANDARD) and short name from luxon
 * (`isInDST`, `offsetNameShort`); it now reads them from Intl through wall-clock.ts. Same kinds as luxon,
 * and the names luxon gave in US English (luxon took the runtime's default locale).
 */
const zone = fc.constantFrom(
  ...Intl.supportedValuesOf("timeZone").filter((z) => /^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(z)),
);
const start = fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2099, 0, 1) });

/** Each observance as its kind, onset (UTC, from DTSTART at TZOFFSETFROM) and name. */
function observances(lines: readonly string[]): { kind: string; onset: number; name?: string }[] {
  const out: { kind: string; onset: number; name?: string }[] = [];
  let kind = "";
  let local = "";
  let from = "";
  let name: string | undefined;
  for (const line of lines) {
    if (/^BEGIN:(STANDARD|DAYLIGHT)$/.test(line))
      [kind, local, from, name] = [line.slice(6), "", "", undefined];
    else if (line.startsWith("DTSTART:")) local = line.slice(8);
    else if (line.startsWith("TZOFFSETFROM:")) from = line.slice(13);
    else if (line.startsWith("TZNAME:")) name = line.slice(7);
    else if (/^END:(STANDARD|DAYLIGHT)$/.test(line)) {
      const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})$/.exec(local) ?? [];
      const wall = Date.UTC(
        Number(m[1]),
        Number(m[2]) - 1,
        Number(m[3]),
        Number(m[4]),
        Number(m[5]),
        Number(m[6]),
      );
      const sign = from.startsWith("-") ? -1 : 1;
      const minutes = sign * (Number(from.slice(1, 3)) * 60 + Number(from.slice(3, 5)));
      out.push({ kind, onset: wall - minutes * 60_000, name });
    }
  }
  return out;
}

describe("VTIMEZONE observances, against luxon", () => {
  it("are DAYLIGHT exactly when luxon says the onset is in DST, named as luxon names them in en-US", () => {
    let seen = 0;
    fc.assert(
      fc.property(zone, start, fc.integer({ min: 30, max: 800 }), (z, from, days) => {
        const lines = vtimezoneLines(z, new Date(from), new Date(from + days * 86_400_000)) ?? [];
        for (const o of observances(lines)) {
          seen++;
          const theirs = Luxon.fromMillis(o.onset, { zone: z }).setLocale("en-US");
          expect(o.kind, `${z} ${new Date(o.onset).toISOString()}`).toBe(
            theirs.isInDST ? "DAYLIGHT" : "STANDARD",
          );
          expect(o.name).toBe(theirs.offsetNameShort ?? undefined);
        }
      }),
      { numRuns: 300 },
    );
    expect(seen).toBeGreaterThan(300);
  });
});
