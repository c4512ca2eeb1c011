import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import {
  contactSchema,
  interviewerSchema,
  interviewInputSchema,
  interviewPatchSchema,
} from "../../../../shared/api/interview-input-schema.js";
import { optionalFields } from "../../../../shared/api/optional-fields.js";
import { plannerSettingsOverridesSchema } from "../../../../shared/api/planner-settings-schema.js";
import "../../../../shared/errors/zod-issues.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";

useFixedSystemTime();

type Shape = Record<string, z.core.$ZodType>;
type ObjectSchema = z.core.$ZodType & {
  _zod: { def: { shape: Shape; checks?: z.core.$ZodCheck<Record<string, unknown>>[] } };
};

/** The object a route schema's `z.lazy` builds. */
const built = (lazy: z.core.$ZodType) => (lazy as z.core.$ZodLazy)._zod.def.getter() as ObjectSchema;
const shapeOf = (schema: ObjectSchema) => schema._zod.def.shape;
const pick = (shape: Shape, keys: string[]) =>
  Object.fromEntries(keys.map((k) => [k, shape[k] as z.core.$ZodType]));

/** What zod answers, as a caller sees it: the data, or every issue in order (code, path, message...). */
function answer(schema: z.core.$ZodType, value: unknown) {
  const result = z.safeParse(schema, value);
  return result.success ? { data: result.data } : { issues: result.error.issues };
}

// Each field's values: valid ones, invalid ones of each kind the field reports, and null (a PATCH clear).
const contact = { name: "Rita Ruiz", email: "rita@acme.test" };
const CONTACTS = [
  contact,
  { name: "R" },
  { ...contact, email: "not an address" },
  { ...contact, country: "GB" },
  { ...contact, country: "ZZ" },
  { ...contact, country: "gb" },
  { ...contact, timezone: "Europe/London", greeting: "Ms Ruiz" },
  { ...contact, extra: 1 },
  { name: "", email: "" },
  "rita",
  null,
];
const INTERVIEWERS = [
  ...CONTACTS,
  { name: "Ann Lee" },
  { name: "Ann Lee", topics: ["caching", ""] },
  { name: "Ann Lee", topics: Array.from({ length: 11 }, (_, i) => `t${i}`) },
  { name: "Ann Lee", email: "ann@acme.test", topics: "caching" },
];
const SETTINGS = [
  {},
  { sendTime: "08:00" },
  { sendTime: "8am", observeHolidays: "yes" },
  { sendWindow: { start: "10:00", end: "09:00" } },
  { sendWindow: { start: "09:00", end: "17:00", days: [1, 8] } },
  { sendWindow: { start: "09:00", end: "17:00", days: [] } },
  { sendWindow: { start: "09:00" } },
  { maxUnansweredFollowUps: 7, bogus: true },
  { thankYouAfterBusinessDays: 1.5, preDecisionNudgeBusinessDays: 0, keepInTouchAfterMonths: 25 },
  { firstCheckInAfterBusinessDays: 3, checkInIntervalBusinessDays: 31, handwrittenNote: false },
  null,
  [],
];
const PATCH_VALUES: Record<string, unknown[]> = {
  company: ["Acme", "", "   ", "a\u200bb", "line\nbreak", 42, null],
  role: ["Staff Engineer", "x".repeat(121), null],
  round: ["onsite", "", null],
  applicationId: ["acme-1", "Acme", null],
  interviewedAt: [
    "2026-11-23T10:00:00-05:00",
    "2026-11-23",
    "2026-01-01T00:00:00Z",
    "2028-01-01T00:00:00Z",
    null,
  ],
  timezone: ["America/New_York", "america/new_york", "Mars/Base", null],
  country: ["US", "us", "XX", "GB", null],
  region: ["CA", "ca", "ZZZ", null],
  candidate: [
    { name: "Cara Diaz", email: "cara@example.com" },
    { name: "Cara Diaz", email: "cara@example.com", links: ["https://example.com", "ftp://x"] },
    { name: "Cara" },
    null,
  ],
  interviewers: [[{ name: "Ann Lee", email: "ann@acme.test" }], [], [{ name: "Bo" }, contact], "x", null],
  recruiter: CONTACTS,
  referrer: CONTACTS,
  decisionExpectedBy: ["2026-12-04", "2026-13-01", "2026-11-01", null],
  mode: ["send", "remind", "email", null],
  notes: ["hi", "\ud800", "n".repeat(4001), null],
  cadence: ["patient", "fast", null],
  settings: SETTINGS,
  templates: [{ thank_you: { body: "Hi {{contact.name}}" } }, { thank_you: {} }, { nope: {} }, null],
  stepTemplates: [{ s1: { subject: "Hi" } }, { x: {} }, {}, null],
  bogus: [1],
};

/** Bodies with any subset of the fields, each from its pool. */
const bodies = (pools: Record<string, unknown[]>) =>
  fc.record(Object.fromEntries(Object.entries(pools).map(([k, v]) => [k, fc.constantFrom(...v)])), {
    requiredKeys: [],
  });

describe("optionalFields", () => {
  it("wraps every field in z.optional and keeps the shape's order", () => {
    const fields = optionalFields({ b: z.string(), a: z.number(), c: z.boolean() });

    expect(Object.keys(fields)).toEqual(["b", "a", "c"]);
    expect(Object.values(fields).map((s) => s._zod.def.type)).toEqual(["optional", "optional", "optional"]);
    expect(z.safeParse(z.strictObject(fields), {}).success).toBe(true);
    expect(z.safeParse(z.strictObject(fields), { a: "1" }).success).toBe(false);
  });

  // The routes' schemas were z.partial / z.extend of these shapes: each answers every body as they did.
  it("gives the PATCH body the answers of z.extend(z.partial(the POST fields), the clearable ones)", () => {
    const patch = built(interviewPatchSchema);
    const overrides = pick(shapeOf(patch), [
      "region",
      "decisionExpectedBy",
      "recruiter",
      "referrer",
      "notes",
      "templates",
      "stepTemplates",
    ]);
    const before = z
      .extend(z.partial(z.strictObject(shapeOf(built(interviewInputSchema)))), overrides)
      .check(...(patch._zod.def.checks ?? []));

    expect(Object.keys(shapeOf(patch))).toEqual(Object.keys(shapeOf(before as unknown as ObjectSchema)));
    fc.assert(
      fc.property(bodies(PATCH_VALUES), (body) => {
        expect(answer(interviewPatchSchema, body)).toEqual(answer(before, body));
      }),
      { numRuns: 3000 },
    );
  });

  it("gives an interviewer the answers of z.extend(a contact, its optional email and topics)", () => {
    const before = z.extend(built(contactSchema) as unknown as z.ZodMiniObject, {
      email: shapeOf(built(interviewerSchema)).email as z.core.$ZodType,
      topics: shapeOf(built(interviewerSchema)).topics as z.core.$ZodType,
    });

    fc.assert(
      fc.property(fc.constantFrom(...INTERVIEWERS), (interviewer) => {
        expect(answer(interviewerSchema, interviewer)).toEqual(answer(before, interviewer));
      }),
    );
  });

  it("gives the planner settings the answers of z.partial(the settings)", () => {
    const settings = built(plannerSettingsOverridesSchema);
    const required = Object.fromEntries(
      Object.entries(shapeOf(settings)).map(([k, s]) => [k, (s as z.core.$ZodOptional)._zod.def.innerType]),
    );
    const before = z.partial(z.strictObject(required));
    const pools = Object.fromEntries(
      [...new Set(SETTINGS.flatMap((s) => (s && !Array.isArray(s) ? Object.keys(s) : [])))].map((key) => [
        key,
        SETTINGS.flatMap((s) => (s && key in s ? [(s as Record<string, unknown>)[key]] : [])),
      ]),
    );

    fc.assert(
      fc.property(bodies(pools), (body) => {
        expect(answer(plannerSettingsOverridesSchema, body)).toEqual(answer(before, body));
      }),
      { numRuns: 1000 },
    );
  });
});
