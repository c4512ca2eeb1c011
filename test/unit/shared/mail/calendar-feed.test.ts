import { describe, expect, it } from "vitest";
import type { Interview } from "../../../../shared/domain/interview.js";
import { snoozeSteps } from "../../../../shared/domain/snooze-steps.js";
import { stopChain } from "../../../../shared/domain/stop-chain.js";
import { withEvent } from "../../../../shared/domain/with-event.js";
import { calendarResponse } from "../../../../shared/http/calendar-response.js";
import { calendarFeed } from "../../../../shared/mail/calendar-feed.js";
import { chainStopWords } from "../../../../shared/mail/chain-stop-words.js";
import { SNOOZE_WORDS } from "../../../../shared/mail/chain-timeline-words.js";
import { createInterview } from "../../../../shared/use-cases/create-interview.js";
import { updateInterview } from "../../../../shared/use-cases/update-interview.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { type ParsedEvent, parseIcs } from "../../../support/parse-ics.js";
import { interviewDetails, testDeps } from "../../../support/test-deps.js";

useFixedSystemTime();

async function registered(overrides: Record<string, unknown> = {}): Promise<Interview> {
  return createInterview(testDeps(), { owner: "user-1", details: interviewDetails(overrides) });
}

const byUid = (events: ParsedEvent[]) => new Map(events.map((e) => [e.uid, e]));

describe("calendarFeed", () => {
  it("is a calendar a real parser reads: one event per step, at the step's instant, in its zone", async () => {
    const interview = await registered({
      interviewers: [{ name: "Ann Lee", email: "ann@acme.test", timezone: "Europe/Berlin", country: "DE" }],
    });
    const { calendar, events } = parseIcs(calendarFeed([interview]));

    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("prodid")).toMatch(/followup/);
    expect(events).toHaveLength(interview.steps.length);
    for (const step of interview.steps) {
      const event = events.find((e) => e.uid.startsWith(`${interview.id.toLowerCase()}-${step.id}@`));
      expect(event, step.id).toBeDefined();
      expect(event?.start.getTime()).toBe(Date.parse(step.sendAt));
      expect(event?.end.getTime()).toBeGreaterThan(Date.parse(step.sendAt));
      expect(event?.zone).toBe(step.timezone);
      expect(event?.startZone).toBe(step.timezone);
      expect(event?.description).toContain(`(${step.timezone}, the recipient's time zone)`);
      expect(event?.status).toBe("CONFIRMED");
      expect(event?.summary).toContain("Acme Corp");
    }
    const thankYou = interview.steps.find((s) => s.kind === "thank_you");
    expect(thankYou?.timezone).toBe("Europe/Berlin");
    const event = events.find((e) => e.uid.includes(`-${thankYou?.id}@`));
    expect(event?.summary).toBe("Thank-you to Ann Lee · Acme Corp");
    expect(event?.description).toMatch(/^An email to Ann Lee, sent on your behalf\.\nPlanned for /);
  });

  it("keeps each UID across changes and raises SEQUENCE and LAST-MODIFIED on the steps that changed", async () => {
    const interview = await registered();
    const before = byUid(parseIcs(calendarFeed([interview])).events);
    const later = new Date(Date.parse(interview.updatedAt) + 3_600_000).toISOString();
    // Two days, which keep the nudge before the decision date (a week would cancel it), so every step moves.
    const snoozed = snoozeSteps(interview, later, 2, SNOOZE_WORDS).interview;
    const after = byUid(parseIcs(calendarFeed([snoozed])).events);

    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [uid, event] of after) {
      const old = before.get(uid);
      expect(event.sequence).toBeGreaterThan(old?.sequence ?? Number.POSITIVE_INFINITY);
      expect(event.lastModified.toISOString()).toBe(later);
      expect(event.start.getTime()).toBeGreaterThan(old?.start.getTime() ?? Number.POSITIVE_INFINITY);
    }
  });

  it("raises SEQUENCE and LAST-MODIFIED of every event whose words change with the interview's", async () => {
    // Google Calendar keeps an event whose SEQUENCE did not grow: renaming the company (or the role, the
    // round) changed every title and description, but not the steps, so their events kept the old name.
    const deps = testDeps();
    const created = await createInterview(deps, { owner: "user-1", details: interviewDetails() });
    const [first] = created.steps;
    if (!first) throw new Error("no steps planned");
    deps.clock.set(new Date(Date.parse(first.sendAt) + 60_000));
    const sentAt = deps.clock.now().toISOString();
    deps.store.writeConcurrently(created.id, (c) => ({
      ...c,
      steps: c.steps.map((s) =>
        s.id === first.id ? { ...s, status: "sent", sentAt, updatedAt: sentAt } : s,
      ),
    }));
    const sent = await deps.store.get(created.id);
    if (!sent) throw new Error("interview not stored");
    const before = byUid(parseIcs(calendarFeed([sent])).events);
    deps.clock.advance(3_600_000);
    const renamed = await updateInterview(deps, {
      owner: "user-1",
      id: created.id,
      patch: { company: "Acme Robotics", role: "Principal Engineer" },
    });
    const after = byUid(parseIcs(calendarFeed([renamed])).events);

    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [uid, event] of after) {
      const old = before.get(uid);
      expect(event.summary, uid).toMatch(/ · Acme Robotics$/);
      expect(event.description, uid).toContain("Interview: Principal Engineer at Acme Robotics");
      expect(event.sequence, uid).toBeGreaterThan(old?.sequence ?? Number.POSITIVE_INFINITY);
      expect(event.lastModified.getTime(), uid).toBeGreaterThan(old?.lastModified.getTime() ?? Infinity);
    }
  });

  it("shows a stopped chain's pending steps as CANCELLED and a sent one where it went", async () => {
    const interview = await registered();
    const [first, ...rest] = interview.steps;
    if (!first) throw new Error("no steps planned");
    const sentAt = new Date(Date.parse(first.sendAt) + 90_000).toISOString();
    const sent: Interview = {
      ...interview,
      steps: [{ ...first, status: "sent", sentAt, updatedAt: sentAt }, ...rest],
    };
    const stopAt = new Date(Date.parse(sentAt) + 86_400_000).toISOString();
    const stop = { status: "stopped", reason: "offer", at: stopAt } as const;
    const stopped = stopChain(sent, stop, chainStopWords(sent, stop, "Offer!"));
    const events = byUid(parseIcs(calendarFeed([stopped])).events);

    const went = [...events.values()].find((e) => e.uid.includes(`-${first.id}@`));
    expect(went?.status).toBe("CONFIRMED");
    expect(went?.start.toISOString()).toBe(sentAt);
    expect(went?.description).toContain("Status: sent.");
    const cancelled = [...events.values()].filter((e) => e.status === "CANCELLED");
    expect(cancelled).toHaveLength(rest.length);
    for (const e of cancelled) {
      expect(e.summary).toMatch(/^Cancelled: /);
      expect(e.lastModified.toISOString()).toBe(stopAt);
    }
  });

  it("shows a step that failed for good as CANCELLED, saying it was not sent", async () => {
    // A failed step is never retried (README: SES refused it, or it could not be composed): a CONFIRMED
    // "Thank-you to Ann Lee" at its planned time told the candidate the thank-you had gone out.
    const interview = await registered();
    const [first, ...rest] = interview.steps;
    if (!first) throw new Error("no steps planned");
    const failed: Interview = {
      ...interview,
      steps: [{ ...first, status: "failed", reason: "SES refused it" }, ...rest],
    };
    const event = parseIcs(calendarFeed([failed])).events.find((e) => e.uid.includes(`-${first.id}@`));
    expect(event?.status).toBe("CANCELLED");
    expect(event?.summary).toMatch(/^Not sent: /);
    expect(event?.description).toContain("Status: failed.");
  });

  it("never carries what a contact wrote, nor their address", async () => {
    const interview = await registered();
    const bounced: Interview = {
      ...interview,
      steps: interview.steps.map((s) =>
        s.kind === "thank_you"
          ? { ...s, status: "skipped", reason: "ann@acme.test bounced: 550 5.1.1 MAILBOX-GONE" }
          : s,
      ),
    };
    const replied = withEvent(bounced, {
      at: interview.updatedAt,
      type: "reply.received",
      stepId: "s1",
      detail: "Ann Lee <ann@acme.test>: SECRET-OFFER-DETAILS we will call you",
    });
    const text = calendarFeed([replied]);
    expect(text).not.toContain("SECRET-OFFER-DETAILS");
    expect(text).not.toContain("MAILBOX-GONE");
    expect(text).not.toContain("ann@acme.test");
    expect(text).not.toContain("rita@acme.test");
  });

  it("escapes and folds hostile text so every field reads back as written", async () => {
    const company = `Ünïcode, Inc; "quoted" \\ back ${"ß".repeat(60)} 日本語の会社`;
    const interview = await registered({ company, role: "Lead; Eng, Platform" });
    const text = calendarFeed([interview]);
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    const { events } = parseIcs(text);
    expect(events.length).toBe(interview.steps.length);
    for (const e of events) {
      expect(e.summary.endsWith(` · ${company}`)).toBe(true);
      expect(e.description).toContain(`Interview: Lead; Eng, Platform at ${company}, onsite.`);
    }
  });

  it("fits in what a Lambda may answer (6 MB of JSON) with all its reads, keeping the newest chains whole", async () => {
    // The feed reads up to 2,000 interviews (MAX_OWNER_INTERVIEWS): at five steps each that was 8.8 MB of
    // JSON, which Lambda refuses, so a heavy user's subscription got nothing but 500s.
    const one = await registered({
      company: `Ünïcode, Inc; \\ ${"ß".repeat(60)}`,
      role: "Lead; Eng, Platform",
    });
    const created = Date.parse(one.createdAt);
    const many: Interview[] = Array.from({ length: 2000 }, (_, n) => ({
      ...one,
      id: `${one.id.slice(0, -4)}${String(n).padStart(4, "0")}`,
      createdAt: new Date(created - n * 60_000).toISOString(),
    }));
    const response = calendarResponse(calendarFeed(many));
    expect(Buffer.byteLength(JSON.stringify(response))).toBeLessThan(6 * 1024 * 1024);

    const uids = parseIcs(response.body ?? "").events.map((e) => e.uid);
    const perInterview = new Map<string, number>();
    for (const uid of uids) {
      const id = uid.split("-")[0] ?? "";
      perInterview.set(id, (perInterview.get(id) ?? 0) + 1);
    }
    expect(perInterview.get(many[0]?.id.toLowerCase() ?? "")).toBe(one.steps.length);
    for (const count of perInterview.values()) expect(count).toBe(one.steps.length);
    // Newest first: the interviews kept are the n newest, for some n.
    const kept = many.map((i) => perInterview.has(i.id.toLowerCase()));
    expect(kept.indexOf(false)).toBe(kept.filter(Boolean).length);
  });

  it("is an empty but valid calendar for an owner with no interviews", () => {
    const { calendar, events } = parseIcs(calendarFeed([]));
    expect(events).toEqual([]);
    expect(calendar.name).toBe("vcalendar");
  });

  it("holds a component even with no event, as RFC 5545 3.6 requires and strict readers check", async () => {
    // A feed is most often subscribed to before the first interview is registered: sabre/vobject (Nextcloud
    // and other CalDAV servers) refuses a VCALENDAR with no component at all.
    const superseded: Interview = { ...(await registered()), steps: [] };
    for (const interviews of [[], [superseded]]) {
      const { calendar, events } = parseIcs(calendarFeed(interviews));
      expect(events).toEqual([]);
      expect(calendar.getAllSubcomponents().length).toBeGreaterThan(0);
    }
  });

  it("writes each step's time in its zone, and in UTC for a zone the runtime does not know", async () => {
    const interview = await registered();
    const [first, second] = interview.steps;
    if (!first || !second) throw new Error("the chain has at least two steps");
    const mixed: Interview = {
      ...interview,
      steps: [first, { ...second, timezone: "Mars/Olympus_Mons" }],
    };
    const events = parseIcs(calendarFeed([mixed])).events;
    // "Tuesday 24 Nov 2026 at 09:30", the service's other sentences' words, read here from Intl's en-US parts.
    const words = (step: typeof first, zone: string) => {
      const parts = new Intl.DateTimeFormat("en-US", {
        weekday: "long",
        month: "short",
        day: "numeric",
        year: "numeric",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
        timeZone: zone,
      }).formatToParts(new Date(step.sendAt));
      const p = Object.fromEntries(parts.map((part) => [part.type, part.value]));
      return `${p.weekday} ${p.day} ${p.month} ${p.year} at ${p.hour}:${p.minute}`;
    };
    expect(events.find((e) => e.uid.includes(`-${first.id}@`))?.description).toContain(
      `${words(first, first.timezone)} (${first.timezone}, the recipient's time zone)`,
    );
    expect(events.find((e) => e.uid.includes(`-${second.id}@`))?.description).toContain(
      `${words(second, "UTC")} UTC (Mars/Olympus_Mons, the recipient's time zone)`,
    );
  });
});
