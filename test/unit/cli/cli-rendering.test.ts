import { describe, expect, it } from "vitest";
import { describeApiError } from "../../../cli/describe-api-error.js";
import { formatLocalTime } from "../../../cli/format-local-time.js";
import { paint } from "../../../cli/paint.js";
import { renderInterviewList } from "../../../cli/render-interview-list.js";
import { renderInterviewTimeline } from "../../../cli/render-interview-timeline.js";
import { renderPlan } from "../../../cli/render-plan.js";
import { renderUsage } from "../../../cli/render-usage.js";
import { interviewFixture } from "./cli-fixtures.js";

const plain = paint(false);

describe("cli: show's timeline", () => {
  it("every step at its time in the candidate's zone, to whom, status, reason and why; the next marked", () => {
    const text = renderInterviewTimeline(interviewFixture(), plain);
    expect(text.split("\n")).toEqual([
      "Acme Corp · Staff Engineer · onsite  active",
      "id 01JD8X3Q7ZB4N5M6P7R8S9T0VW",
      "interviewed Tue 2026-12-01 14:00 · decision by 2026-12-15 · mode send · cadence standard",
      "times in America/New_York",
      "",
      "Steps (3)",
      "  s1  Wed 2026-12-02 09:00 sent        thank_you to Dana Ortiz <dana@acme.example>",
      "        why: The morning after the interview.",
      "> s2  Thu 2026-12-03 09:00 scheduled   handwritten_note reminder to Sam Lee <sam@example.com>",
      "        why: A note by post stands out.",
      "  s3  Thu 2026-12-17 09:00 cancelled   recruiter_check_in to Priya Shah <priya@acme.example>",
      "        reason: priya@acme.example unsubscribed",
      "        why: Two business days after the decision date.",
      "",
      "Events (1)",
      "  Tue 2026-12-01 15:00  interview.created  Planned 3 steps.",
      "",
    ]);
  });

  it("another zone on request; a stopped chain says why; nothing marked when nothing is pending", () => {
    const stopped = interviewFixture({ status: "stopped", stopReason: "offer" });
    for (const s of stopped.steps) if (s.status === "scheduled") s.status = "cancelled";
    const text = renderInterviewTimeline(stopped, plain, "Europe/Berlin");
    expect(text).toContain("Acme Corp · Staff Engineer · onsite  stopped (offer)\n");
    expect(text).toContain("times in Europe/Berlin\n");
    expect(text).toContain("  s1  Wed 2026-12-02 15:00 sent ");
    expect(text).not.toMatch(/^> /m);
  });

  it("a step to someone in another zone also says the time at their clock", () => {
    const abroad = interviewFixture();
    const [first, second] = abroad.steps;
    if (!first || !second) throw new Error("fixture has steps");
    // Dana is in Tokyo: thanked at 9:00 there on Wednesday, which is 19:00 on Tuesday in New York.
    Object.assign(first, {
      sendAt: "2026-12-02T09:00:00+09:00",
      sentAt: "2026-12-02T00:00:04.000Z",
      timezone: "Asia/Tokyo",
    });
    const lines = renderInterviewTimeline(abroad, plain).split("\n");
    const at = lines.indexOf(
      "  s1  Tue 2026-12-01 19:00 sent        thank_you to Dana Ortiz <dana@acme.example>",
    );
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe("        at their clock: Wed 2026-12-02 09:00 Asia/Tokyo");
    // A step in the zone the times are shown in says its time once.
    expect(lines.filter((l) => l.includes("at their clock"))).toHaveLength(1);
  });

  it("colours the statuses only when asked", () => {
    const coloured = renderInterviewTimeline(interviewFixture(), paint(true));
    expect(coloured).toContain("\x1b[32msent       \x1b[39m");
    expect(coloured).toContain("\x1b[33mreason: priya@acme.example unsubscribed\x1b[39m");
    expect(renderInterviewTimeline(interviewFixture(), plain)).not.toContain("\x1b[");
  });

  it("an instant it cannot read is shown as given rather than failing the view", () => {
    expect(formatLocalTime("not a date", "UTC")).toBe("not a date");
    expect(formatLocalTime("2026-12-01T10:00:00Z", "Not/AZone")).toBe("2026-12-01T10:00:00Z");
  });
});

describe("cli: list, preview and usage", () => {
  it("list: a header and one aligned line per interview with its next step", () => {
    const second = interviewFixture({
      id: "01JD8X3Q7ZB4N5M6P7R8S9T0VX",
      company: "Globex",
      role: "SRE",
      steps: [],
    });
    expect(renderInterviewList([interviewFixture(), second], plain)).toBe(
      [
        "ID                          STATUS      INTERVIEW                            NEXT",
        "01JD8X3Q7ZB4N5M6P7R8S9T0VW  active      Acme Corp · Staff Engineer · onsite  handwritten_note Thu 2026-12-03 09:00",
        "01JD8X3Q7ZB4N5M6P7R8S9T0VX  active      Globex · SRE · onsite                -",
        "",
      ].join("\n"),
    );
    expect(renderInterviewList([], plain)).toBe("No interviews.\n");
  });

  it("preview: the steps in the given zone, or why nothing would be planned", () => {
    const [first] = interviewFixture().steps;
    if (!first) throw new Error("fixture has steps");
    const { id: _id, status: _status, sentAt: _sentAt, ...planned } = first;
    expect(renderPlan({ steps: [planned] }, "America/New_York", plain)).toBe(
      [
        "Planned steps (1), times in America/New_York",
        "  Wed 2026-12-02 09:00 thank_you to Dana Ortiz <dana@acme.example>",
        "    why: The morning after the interview.",
        "",
      ].join("\n"),
    );
    expect(renderPlan({ steps: [], supersededBy: { id: "01X", round: "final" } }, "UTC", plain)).toMatch(
      /^Nothing would be planned: a later round of this application \(final, 01X\)/,
    );
  });

  it("usage: used of limit, what is left, when it resets; a full quota stands out", () => {
    const text = renderUsage(
      {
        at: "2026-12-01T12:00:00.000Z",
        quotas: {
          interviews_per_day: {
            per: "owner",
            limit: 20,
            used: 20,
            remaining: 0,
            resetsAt: "2026-12-02T00:00:00.000Z",
          },
          contact_replacements_per_interview: {
            per: "interview",
            limit: 3,
            used: null,
            remaining: null,
            resetsAt: null,
          },
        },
      },
      paint(true),
    );
    expect(text).toContain(
      "\x1b[31minterviews_per_day                  20/20    0 left         resets 2026-12-02T00:00:00.000Z\x1b[39m",
    );
    expect(text).toContain("\ncontact_replacements_per_interview  limit 3  per interview\n");
  });
});

describe("cli: API errors in one line", () => {
  it("names every field the API refused", () => {
    const body = {
      error: {
        code: "validation_failed",
        message: "The request is not valid.",
        issues: [
          { field: "interviewers.0.email", problem: "must be a valid email address" },
          { field: "", problem: "must change at least one field" },
        ],
      },
    };
    expect(describeApiError(400, body)).toBe(
      "The request is not valid: interviewers.0.email must be a valid email address; must change at least one field [validation_failed, HTTP 400]",
    );
  });

  it("a quota says which and when it resets; Retry-After says when to try again", () => {
    const quota = {
      error: {
        code: "quota_exceeded",
        message: "You registered 20 interviews today.",
        quota: "interviews_per_day",
        limit: 20,
        resetsAt: "2026-12-02T00:00:00.000Z",
      },
    };
    expect(describeApiError(429, quota, "3600")).toBe(
      "You registered 20 interviews today (interviews_per_day: limit 20, resets 2026-12-02T00:00:00.000Z) (try again in 3600 s) [quota_exceeded, HTTP 429]",
    );
  });

  it("anything else still reads as a line: API Gateway's answers, no body, a multi-line message", () => {
    expect(describeApiError(404, { message: "Not Found" })).toBe("Not Found [HTTP 404]");
    expect(describeApiError(502, undefined)).toBe("the API answered HTTP 502 [HTTP 502]");
    expect(describeApiError(500, { error: { code: "x", message: "a\nb\n  c" } })).toBe("a b c [x, HTTP 500]");
  });
});
