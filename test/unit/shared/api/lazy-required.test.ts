import { describe, expect, it, vi } from "vitest";
import * as z from "zod/mini";
import { lazyRequired } from "../../../../shared/api/lazy-required.js";
import { interviewInput } from "../../../support/interview-input.js";

/** zod keeps what a lazy schema built in its definition's `_cachedInner` (zod 4.x, as lazy-route-schemas.test.ts). */
const built = (schema: z.core.$ZodType) => "_cachedInner" in schema._zod.def;

/** The modules afresh, so that no earlier test in this file has built their schemas. */
async function freshSchemas() {
  vi.resetModules();
  const input = await import("../../../../shared/api/interview-input-schema.js");
  const settings = await import("../../../../shared/api/planner-settings-schema.js");
  const templates = await import("../../../../shared/api/template-overrides-schema.js");
  return {
    interviewInputSchema: input.interviewInputSchema,
    interviewPatchSchema: input.interviewPatchSchema,
    deferred: {
      plannerSettingsOverridesSchema: settings.plannerSettingsOverridesSchema,
      cadencePresetSchema: settings.cadencePresetSchema,
      templateOverridesSchema: templates.templateOverridesSchema,
    },
  };
}

const outcome = (schema: z.core.$ZodType, value: unknown) => {
  const r = z.safeParse(schema, value, { reportInput: true });
  return r.success ? { data: r.data } : { issues: r.error.issues };
};

describe("lazyRequired", () => {
  it("builds nothing for an optional field left out, and builds once for a value", () => {
    const getter = vi.fn(() => z.strictObject({ n: z.number() }));
    const schema = z.strictObject({ a: z.optional(lazyRequired(getter)) });
    expect(z.safeParse(schema, {}).success).toBe(true);
    expect(z.safeParse(schema, { a: undefined }).success).toBe(true);
    expect(getter).not.toHaveBeenCalled();
    expect(z.safeParse(schema, { a: { n: 1 } }).success).toBe(true);
    expect(z.safeParse(schema, { a: { n: "1" } }).success).toBe(false);
    expect(getter).toHaveBeenCalledTimes(1);
  });

  it("parses every value as z.lazy does, under z.optional and z.nullable", async () => {
    const { deferred } = await freshSchemas();
    const values = [
      undefined,
      null,
      {},
      [],
      "standard",
      "aggressive",
      1,
      { sendTime: "09:30" },
      { sendTime: "9:30" },
      { sendWindow: { start: "17:00", end: "09:00" } },
      { sendAtMidnight: true },
      { thank_you: { subject: "Thanks, {{contact.firstName}}" } },
      { thank_you: {} },
      { nudge: { body: "{{#x}}" } },
    ];
    for (const [name, schema] of Object.entries(deferred)) {
      const plain = z.lazy(() => schema._zod.innerType);
      for (const wrap of [
        (s: z.core.SomeType) => z.strictObject({ field: z.optional(s) }),
        (s: z.core.SomeType) => z.strictObject({ field: z.optional(z.nullable(s)) }),
      ]) {
        for (const value of values) {
          for (const body of [{ field: value }, {}]) {
            expect(outcome(wrap(schema), body), `${name} ${JSON.stringify(body)}`).toEqual(
              outcome(wrap(plain), body),
            );
          }
        }
      }
    }
  });

  it("says of each schema it wraps what the built schema says: not optional", async () => {
    const { deferred } = await freshSchemas();
    for (const [name, schema] of Object.entries(deferred)) {
      const inner = schema._zod.innerType._zod;
      expect([inner.optin, inner.optout], name).toEqual([undefined, undefined]);
    }
  });
});

describe("a new interview or a change without settings, cadence or templates", () => {
  it("builds none of their schemas; a body with them builds them", async () => {
    const { interviewInputSchema, deferred } = await freshSchemas();
    expect(z.safeParse(interviewInputSchema, interviewInput()).success).toBe(true);
    for (const [name, schema] of Object.entries(deferred)) expect(built(schema), name).toBe(false);

    const withAll = interviewInput({
      cadence: "patient",
      settings: { sendTime: "09:30" },
      templates: { thank_you: { subject: "Thanks, {{contact.firstName}}" } },
    });
    expect(z.safeParse(interviewInputSchema, withAll).success).toBe(true);
    for (const [name, schema] of Object.entries(deferred)) expect(built(schema), name).toBe(true);
  });

  it("builds no greeting, contact country, region or notes schema for a body without them", async () => {
    const { interviewInputSchema } = await freshSchemas();
    expect(z.safeParse(interviewInputSchema, interviewInput()).success).toBe(true);
    const def = <T>(schema: z.core.$ZodType | undefined): T => {
      if (!schema) throw new Error("no such field");
      return schema._zod.def as unknown as T;
    };
    type Shape = Record<string, z.core.$ZodType>;
    const shapeOf = (lazy: z.core.$ZodType | undefined): Shape => {
      const inner = (lazy?._zod as unknown as { innerType?: z.core.$ZodType } | undefined)?.innerType;
      return def<{ shape: Shape }>(inner).shape;
    };
    const optionalInner = (field: z.core.$ZodType | undefined) =>
      def<{ innerType: z.core.$ZodType }>(field).innerType;
    const fields = shapeOf(interviewInputSchema);
    const candidate = shapeOf(fields.candidate);
    const interviewer = shapeOf(def<{ element: z.core.$ZodType }>(fields.interviewers).element);
    const contact = shapeOf(optionalInner(fields.recruiter));
    const unbuilt = {
      region: optionalInner(fields.region),
      notes: optionalInner(fields.notes),
      "candidate.greeting": optionalInner(candidate.greeting),
      "interviewer.greeting": optionalInner(interviewer.greeting),
      "interviewer.country": optionalInner(interviewer.country),
      "recruiter.greeting": optionalInner(contact.greeting),
      "recruiter.country": optionalInner(contact.country),
    };
    for (const [name, schema] of Object.entries(unbuilt)) expect(built(schema), name).toBe(false);

    const given = interviewInput({
      region: "CA",
      notes: "Talked about the on-call rota.",
      candidate: { name: "Cara Diaz", greeting: "Cara", email: "cara@example.com" },
      interviewers: [{ name: "Ann Lee", greeting: "Ann", email: "ann@acme.test", country: "DE" }],
      recruiter: { name: "Rita Ruiz", greeting: "Rita", email: "rita@acme.test", country: "US" },
    });
    expect(z.safeParse(interviewInputSchema, given).success).toBe(true);
    for (const [name, schema] of Object.entries(unbuilt)) expect(built(schema), name).toBe(true);
  });

  it("builds none of them for a PATCH of another field", async () => {
    const { interviewPatchSchema, deferred } = await freshSchemas();
    expect(z.safeParse(interviewPatchSchema, { round: "final" }).success).toBe(true);
    for (const [name, schema] of Object.entries(deferred)) expect(built(schema), name).toBe(false);
  });
});
