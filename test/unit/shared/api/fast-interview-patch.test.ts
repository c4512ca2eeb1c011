import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fastInterviewPatch } from "../../../../shared/api/fast-interview-patch.js";
import { interviewPatchSchema } from "../../../../shared/api/interview-input-schema.js";
import {
  expectAnsweredAsSchema,
  fastPathAgainstSchema,
  schemaAnswer,
} from "../../../support/fast-path-against-schema.js";

const zodAnswer = schemaAnswer(interviewPatchSchema);

const DAY = 86_400_000;
const soon = () => new Date(Date.now() + 2 * DAY).toISOString();

/** Valid changes of the fields the fast path reads, each of which it must answer (else it saves nothing). */
const VALID: Array<Record<string, unknown>> = [
  { decisionExpectedBy: "2027-01-15" },
  { decisionExpectedBy: null },
  { notes: "Recruiter said two weeks.", mode: "remind" },
  { notes: null, region: null },
  // Out of the shape's order: the answer is in the shape's order, as zod's is.
  { mode: "send", round: "  Onsite  ", company: "Acme", role: "Staff engineer" },
  { interviewedAt: soon(), timezone: "america/new_york", country: "US", region: "NY" },
  { applicationId: "acme-staff-2026", decisionExpectedBy: "2028-02-29" },
];

describe("fastInterviewPatch", () => {
  it("answers every plain valid change as the schema does: same value, same key order", () => {
    expectAnsweredAsSchema(fastInterviewPatch, interviewPatchSchema, VALID);
  });

  it("declines a change of a field it does not read, an unknown field and an empty change", () => {
    for (const body of [
      { recruiter: { name: "Priya Shah", email: "priya@acme.example" } },
      { decisionExpectedBy: "2027-01-15", interviewers: [{ name: "Dana Ortiz" }] },
      { settings: {} },
      { cadence: "patient" },
      { templates: null },
      { stepTemplates: {} },
      { decisionExpectedBy: "2027-01-15", unknownField: 1 },
      JSON.parse('{"__proto__": {"mode": "send"}, "mode": "send"}'),
      {},
      [],
      null,
      "mode=send",
    ]) {
      expect(fastInterviewPatch(body), JSON.stringify(body)).toBeUndefined();
    }
  });

  it("declines an interview date too long ago or too far ahead, as the schema refuses it", () => {
    for (const away of [-31 * DAY, 367 * DAY]) {
      const body = { interviewedAt: new Date(Date.now() + away).toISOString() };
      expect(zodAnswer(body)).toBeUndefined();
      expect(fastInterviewPatch(body)).toBeUndefined();
    }
  });

  // Values that have tripped validators, for each field the path reads and a few it does not.
  const tricky = fc.constantFrom<unknown>(
    "",
    " ",
    "  Acme  ",
    "a\nb",
    "a\u200bb",
    "\ud800",
    "x".repeat(60),
    "x".repeat(61),
    "x".repeat(120),
    "x".repeat(121),
    "x".repeat(4000),
    "x".repeat(4001),
    "America/New_York",
    "america/new_york",
    "Mars/Olympus",
    "2026-12-07T14:00:00-05:00",
    "2026-12-07T14:00:00+14:30",
    "2026-02-30T10:00:00Z",
    "2026-12-07",
    "2026-02-29",
    "2028-02-29",
    "0000-01-01",
    "2026-13-01",
    "US",
    "us",
    "ZZ",
    "NY",
    "ABCD",
    "acme-1",
    "-acme",
    "send",
    "remind",
    "SEND",
    0,
    null,
    true,
    [],
    {},
  );
  // The fields a change may name (those the fast path reads, two it leaves to the schema, an unknown one), each
  // with a plain valid value drawn as often as a tricky one, so that many changes are valid.
  const validOf: Record<string, unknown[]> = {
    company: ["Acme", "  Acme Corp "],
    role: ["Staff engineer"],
    round: ["Onsite"],
    applicationId: ["acme-2026"],
    interviewedAt: [soon()],
    timezone: ["Europe/Berlin", "asia/tokyo"],
    country: ["DE"],
    region: ["BY", null],
    decisionExpectedBy: ["2027-03-01", null],
    mode: ["remind"],
    notes: ["Ask about the team.", null],
    recruiter: [{ name: "Priya Shah", email: "priya@acme.example" }],
    cadence: ["patient"],
    unknownField: [1],
  };
  const entry = fc
    .constantFrom(...Object.keys(validOf))
    .chain((field) =>
      fc.tuple(fc.constant(field), fc.oneof(fc.constantFrom(...(validOf[field] ?? [])), tricky)),
    );

  it("never answers what the schema refuses, and answers as it does (4,000 changes at random)", () => {
    const changes = fc
      .array(entry, { minLength: 0, maxLength: 4 })
      .map((entries) => Object.fromEntries(entries));
    const { answered, declinedValid } = fastPathAgainstSchema(
      fastInterviewPatch,
      interviewPatchSchema,
      changes,
      4_000,
    );
    console.log(
      `fast-interview-patch: ${answered} of 4,000 random changes answered, ${declinedValid} valid ones declined`,
    );
    // Not vacuous: a good share of the random changes are valid and answered.
    expect(answered).toBeGreaterThan(300);
  });
});
