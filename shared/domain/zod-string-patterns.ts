/**
 * The patterns zod's string formats test, as zod 4 writes them: `z.email()`'s, `z.iso.date()`'s and
 * `z.iso.datetime({ offset: true })`'s. The API's schemas test them with a plain regex check
 * (shared/api/field-schemas.ts), so they bundle none of zod's format schemas, and the fast paths
 * (shared/api/fast-interview-input.ts, the configuration's plain readers) test a value with them without
 * building a schema: the first schema built in a process compiles zod's constructors, and a first request
 * that builds none saves it. A zod upgrade that changes a pattern fails
 * test/unit/shared/domain/zod-string-patterns.test.ts, which holds each to zod's own. Three constants, not
 * one object, so a bundle keeps only those it tests with.
 */
export const ZOD_EMAIL_PATTERN =
  // biome-ignore lint/complexity/noUselessEscapeInRegex: zod's text as written, so the test can compare it
  /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;

/** A day as zod's date pattern writes it (leap days included), unanchored: both patterns below start with it. */
const DATE_SOURCE = String.raw`(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))`;

/** The whole string matching the parts in turn (a call of its own, so that a bundle can leave it out). */
function anchored(...parts: string[]): RegExp {
  return new RegExp(`^${parts.join("")}$`);
}

export const ZOD_ISO_DATE_PATTERN = /* @__PURE__ */ anchored(DATE_SOURCE);

export const ZOD_ISO_DATE_TIME_WITH_OFFSET_PATTERN = /* @__PURE__ */ anchored(
  DATE_SOURCE,
  String.raw`T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|([+-](?:[01]\d|2[0-3]):[0-5]\d)))`,
);
