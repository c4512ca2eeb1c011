import fc from "fast-check";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { icsDocument } from "../../../../shared/domain/ics-text.js";
import { icsLocal, vtimezoneLines } from "../../../../shared/domain/ics-time-zone.js";

/** The observances of a VTIMEZONE as `KIND DTSTART FROM TO`. */
function observances(lines: readonly string[]): string[] {
  const out: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (/^BEGIN:(STANDARD|DAYLIGHT)$/.test(line)) current = [line.slice(6)];
    else if (/^(DTSTART|TZOFFSETFROM|TZOFFSETTO):/.test(line)) current.push(line.split(":")[1] ?? "");
    else if (/^END:(STANDARD|DAYLIGHT)$/.test(line)) out.push(current.join(" "));
  }
  return out;
}

/** Reads `DTSTART;TZID=zone:local` back with ical.js, resolved by our VTIMEZONE alone. */
function readBack(zone: string, local: string, from: Date, to: Date): Date {
  const text = icsDocument([
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//test//EN",
    ...(vtimezoneLines(zone, from, to) ?? []),
    "BEGIN:VEVENT",
    "UID:x@test",
    "DTSTAMP:20260101T000000Z",
    `DTSTART;TZID=${zone}:${local}`,
    "END:VEVENT",
    "END:VCALENDAR",
  ]);
  const calendar = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  for (const vtimezone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(vtimezone);
  const vevent = calendar.getFirstSubcomponent("vevent");
  if (!vevent) throw new Error("no event");
  return new ICAL.Event(vevent).startDate.toJSDate();
}

describe("vtimezoneLines", () => {
  it("writes each DST change of a year as its own onset, at the local time it happens", () => {
    const lines = vtimezoneLines(
      "America/New_York",
      new Date("2027-01-01T00:00:00Z"),
      new Date("2027-12-31T00:00:00Z"),
    );
    expect(lines?.slice(0, 2)).toEqual(["BEGIN:VTIMEZONE", "TZID:America/New_York"]);
    expect(observances(lines ?? [])).toEqual([
      "STANDARD 20261231T190000 -0500 -0500",
      "DAYLIGHT 20270314T020000 -0500 -0400",
      "STANDARD 20271107T020000 -0400 -0500",
    ]);
  });

  it("handles half-hour offsets and half-hour DST (Lord Howe Island), and zones without DST", () => {
    const from = new Date("2027-01-01T00:00:00Z");
    const to = new Date("2027-12-31T00:00:00Z");
    expect(observances(vtimezoneLines("Asia/Kolkata", from, to) ?? [])).toEqual([
      "STANDARD 20270101T053000 +0530 +0530",
    ]);
    const lordHowe = observances(vtimezoneLines("Australia/Lord_Howe", from, to) ?? []);
    // January is summer there: the component reaches back to the standard time before it (see below).
    expect(lordHowe.map((o) => o.split(" ").slice(2).join(" "))).toEqual([
      "+1030 +1030",
      "+1030 +1100",
      "+1100 +1030",
      "+1030 +1100",
    ]);
  });

  it("starts with a STANDARD observance even when every event falls in summer time, as Outlook needs", () => {
    // [MS-OXCICAL] 2.1.3.1.1.19.2: a VTIMEZONE holds one or more STANDARD components; a chain planned
    // from May to August in New York (or over a Sydney summer) had a lone DAYLIGHT one.
    for (const [zone, from, to] of [
      ["America/New_York", "2027-05-03T00:00:00Z", "2027-08-02T00:00:00Z"],
      ["Australia/Sydney", "2027-01-04T00:00:00Z", "2027-02-01T00:00:00Z"],
      ["Europe/Dublin", "2027-06-01T00:00:00Z", "2027-06-30T00:00:00Z"],
    ] as const) {
      const lines = vtimezoneLines(zone, new Date(from), new Date(to)) ?? [];
      const kinds = observances(lines).map((o) => o.split(" ")[0]);
      expect(kinds[0], zone).toBe("STANDARD");
      expect(kinds, zone).toContain("DAYLIGHT");
      for (let at = Date.parse(from); at <= Date.parse(to); at += 86_400_000 + 3_600_000) {
        const local = icsLocal(new Date(at), zone) ?? "";
        expect(readBack(zone, local, new Date(from), new Date(to)).getTime(), `${zone} ${local}`).toBe(at);
      }
    }
  });

  it("writes nothing for a zone that cannot be a plain TZID or that the runtime does not know", () => {
    const at = new Date("2027-01-01T00:00:00Z");
    expect(vtimezoneLines("Not/AZone", at, at)).toBeUndefined();
    expect(vtimezoneLines("Europe/Berlin;X=1", at, at)).toBeUndefined();
    expect(icsLocal(at, "Not/AZone")).toBeUndefined();
  });
});

/** DST changes in 2027 of the zones below (UTC instants). */
const DST_CHANGES = [
  "2027-03-14T07:00:00Z",
  "2027-11-07T06:00:00Z",
  "2027-03-28T01:00:00Z",
  "2027-10-31T01:00:00Z",
  "2027-04-03T16:00:00Z",
  "2027-10-02T16:00:00Z",
  "2027-04-03T15:00:00Z",
  "2027-10-02T15:30:00Z",
  "2027-04-04T03:00:00Z",
  "2027-09-05T04:00:00Z",
];

describe("icsLocal", () => {
  it("gives the wall clock in the zone, and nothing in the hour a DST change repeats", () => {
    expect(icsLocal(new Date("2027-11-07T14:30:00Z"), "America/New_York")).toBe("20271107T093000");
    expect(icsLocal(new Date("2027-11-07T05:30:00Z"), "America/New_York")).toBeUndefined();
    expect(icsLocal(new Date("2027-11-07T06:30:00Z"), "America/New_York")).toBeUndefined();
    expect(icsLocal(new Date("2027-03-14T07:30:00Z"), "America/New_York")).toBe("20270314T033000");
  });

  it("reads back through a real parser as the same instant, across DST changes (property)", () => {
    const zones = [
      "America/New_York",
      "Europe/London",
      "Australia/Sydney",
      "Asia/Kolkata",
      "Australia/Lord_Howe",
      "America/Santiago",
      "UTC",
      // Quarter-hour DST, and zones whose DST ended in the last years (Sao Paulo 2019, Tehran and Mexico
      // City 2022): the VTIMEZONE must follow the runtime's rules, not a rule that used to hold.
      "Pacific/Chatham",
      "America/Sao_Paulo",
      "Asia/Tehran",
      "America/Mexico_City",
      "Europe/Berlin",
      "Asia/Tokyo",
    ];
    const from = Date.parse("2021-01-01T00:00:00Z");
    const to = Date.parse("2029-12-31T00:00:00Z");
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.oneof(
          fc.integer({ min: from / 60_000, max: to / 60_000 }),
          // Within three hours of a DST change of one of the zones, where a wrong onset shows.
          fc
            .tuple(fc.constantFrom(...DST_CHANGES), fc.integer({ min: -180, max: 180 }))
            .map(([change, delta]) => Date.parse(change) / 60_000 + delta),
        ),
        (zone, minute) => {
          const at = new Date(minute * 60_000);
          const local = icsLocal(at, zone);
          fc.pre(local !== undefined);
          const start = new Date(minute * 60_000 - 2 * 86_400_000);
          const end = new Date(minute * 60_000 + 2 * 86_400_000);
          expect(readBack(zone, local ?? "", start, end).toISOString()).toBe(at.toISOString());
        },
      ),
      { numRuns: 600 },
    );
  });
});
