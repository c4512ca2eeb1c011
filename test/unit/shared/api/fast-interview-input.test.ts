import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fastInterviewInput } from "../../../../shared/api/fast-interview-input.js";
import { interviewInputSchema } from "../../../../shared/api/interview-input-schema.js";
import { interviewBody } from "../../../integration/support/interview-body.js";
import {
  expectAnsweredAsSchema,
  fastPathAgainstSchema,
  sameAnswer,
  schemaAnswer,
} from "../../../support/fast-path-against-schema.js";

const zodAnswer = schemaAnswer(interviewInputSchema);

const contact = { name: "Priya Shah", email: "priya@acme.example" };

/** Valid bodies of the shapes the fast path reads, each of which it must answer (else it saves nothing). */
const VALID: Array<Record<string, unknown>> = [
  {},
  { recruiter: undefined, referrer: { ...contact, greeting: "Dr. Shah", timezone: "Europe/London" } },
  { applicationId: "acme-staff-2026", region: "NY", notes: "Met the whole team.\nFollow up on the design." },
  { candidate: { name: "  Sam Lee  ", greeting: "Sam", email: "sam.lee+jobs@example.com" } },
  { interviewers: [{ name: "Dana Ortiz" }, { name: "Li Wei", email: "li@acme.example", country: "DE" }] },
  { timezone: "america/new_york", recruiter: { ...contact, timezone: "asia/tokyo", country: "JP" } },
  { mode: "remind", decisionExpectedBy: undefined },
  {
    interviewers: [{ name: "Dana Ortiz", email: "dana@acme.example", topics: ["billing", "  on-call  "] }],
  },
].map((overrides) => JSON.parse(JSON.stringify(interviewBody(new Date(), overrides))));

describe("fastInterviewInput", () => {
  it("answers every plain valid body as the schema does: same value, same key order", () => {
    expectAnsweredAsSchema(fastInterviewInput, interviewInputSchema, VALID);
  });

  it("declines what it does not read, which the schema then parses", () => {
    const base = VALID[0] as Record<string, unknown>;
    for (const extra of [
      { cadence: "gentle" },
      { settings: {} },
      { templates: {} },
      { candidate: { ...(base.candidate as object), links: ["https://sam.example"] } },
    ]) {
      expect(fastInterviewInput({ ...base, ...extra })).toBeUndefined();
    }
  });

  it("declines an interview too long ago or too far ahead, as the schema refuses it", () => {
    const { decisionExpectedBy: _, ...base } = VALID[0] as Record<string, unknown>;
    const day = 86_400_000;
    for (const away of [-31 * day, 367 * day]) {
      const body = { ...base, interviewedAt: new Date(Date.now() + away).toISOString() };
      expect(zodAnswer(body)).toBeUndefined();
      expect(fastInterviewInput(body)).toBeUndefined();
    }
    const recent = { ...base, interviewedAt: new Date(Date.now() - 29 * day).toISOString() };
    expect(sameAnswer(fastInterviewInput(recent), zodAnswer(recent))).toBe(true);
    expect(fastInterviewInput(recent)).toBeDefined();
  });

  // Values that have tripped validators: blanks, control and invisible characters, lone surrogates, edges
  // of every length, other types, look-alike zones, dates, offsets and addresses.
  const tricky = fc.constantFrom<unknown>(
    "",
    " ",
    "x",
    "  Sam  ",
    "a\nb",
    "a\u0085b",
    "a\u200bb",
    "a\u202eb",
    "\u00adx",
    "\ud800",
    "x\udc00",
    "\ud83d\ude00",
    "x".repeat(60),
    "x".repeat(61),
    "x".repeat(100),
    "x".repeat(101),
    "x".repeat(120),
    "x".repeat(121),
    "x".repeat(160),
    "x".repeat(161),
    "x".repeat(4000),
    "x".repeat(4001),
    `${"a".repeat(64)}@example.com`,
    `${"a".repeat(65)}@example.com`,
    `a@${"b".repeat(63)}.com`,
    `a@${"b".repeat(64)}.com`,
    "a@b.c",
    "a@b.co",
    "A.B@EXAMPLE.COM",
    "a..b@example.com",
    ".a@example.com",
    "josé@example.com",
    "sam@example.com",
    "a@b.com\r\n",
    "America/New_York",
    "america/new_york",
    "AMERICA/NEW_YORK",
    "Etc/UTC",
    "utc",
    "US/Eastern",
    "Mars/Olympus",
    "Europe/Kyiv",
    "Europe/Kiev",
    "2026-12-07T14:00:00-05:00",
    "2020-01-07T14:00:00Z",
    "2099-01-07T14:00:00+01:00",
    "2026-12-07T14:00:00Z",
    "2026-12-07T14:00:00.123+14:00",
    "2026-12-07T14:00:00+14:30",
    "2026-12-07T14:00:00-12:30",
    "2026-12-07T14:00-05:00",
    "2026-02-30T10:00:00Z",
    "2026-12-07",
    "2026-12-21",
    "2026-02-29",
    "2028-02-29",
    "2026-13-01",
    "US",
    "us",
    "GB",
    "ZZ",
    "DE",
    "CA",
    "NY",
    "XX1",
    "ABCD",
    "acme-1",
    "-acme",
    "Acme",
    "send",
    "remind",
    "SEND",
    0,
    1,
    null,
    true,
    [],
    {},
    ["x"],
    [{ name: "Dana" }],
    [{ name: "Dana", email: "dana@acme.example", topics: ["a", "b"] }],
    Array.from({ length: 11 }, () => ({ name: "N" })),
    Array.from({ length: 11 }, () => "topic"),
    { name: "Priya", email: "priya@acme.example" },
    { name: "Priya", email: "priya@acme.example", extra: 1 },
    { name: "Priya" },
  );
  const paths = fc.constantFrom(
    ["company"],
    ["role"],
    ["round"],
    ["applicationId"],
    ["interviewedAt"],
    ["timezone"],
    ["country"],
    ["region"],
    ["candidate"],
    ["candidate", "name"],
    ["candidate", "greeting"],
    ["candidate", "email"],
    ["interviewers"],
    ["interviewers", 0, "name"],
    ["interviewers", 0, "email"],
    ["interviewers", 0, "timezone"],
    ["interviewers", 0, "country"],
    ["interviewers", 0, "topics"],
    ["interviewers", 0, "topics", 0],
    ["recruiter"],
    ["recruiter", "email"],
    ["recruiter", "country"],
    ["recruiter", "timezone"],
    ["referrer"],
    ["decisionExpectedBy"],
    ["mode"],
    ["notes"],
    ["unknownField"],
    ["candidate", "unknownField"],
  );
  const edit = fc.record({ path: paths, value: fc.option(tricky, { nil: undefined }) });

  function edited(edits: ReadonlyArray<{ path: readonly (string | number)[]; value: unknown }>): unknown {
    const body = structuredClone(VALID[7]) as Record<string, unknown>;
    for (const { path, value } of edits) {
      let at: Record<string | number, unknown> = body;
      for (const key of path.slice(0, -1)) {
        const next = at[key];
        if (typeof next !== "object" || next === null) break;
        at = next as Record<string | number, unknown>;
      }
      const last = path.at(-1) as string | number;
      if (value === undefined) delete at[last];
      else at[last] = structuredClone(value);
    }
    return body;
  }

  it("never answers what the schema refuses, and answers as it does (4,000 bodies edited at random)", () => {
    const bodies = fc.array(edit, { minLength: 1, maxLength: 3 }).map(edited);
    const { answered, declinedValid } = fastPathAgainstSchema(
      fastInterviewInput,
      interviewInputSchema,
      bodies,
      4_000,
    );
    console.log(
      `fast-interview-input: ${answered} of 4,000 edited bodies answered, ${declinedValid} valid ones declined`,
    );
    // Not vacuous: a good share of the edited bodies are valid and answered.
    expect(answered).toBeGreaterThan(300);
  });
});
