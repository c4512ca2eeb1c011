import * as z from "zod/mini";
import { STEP_KINDS, type StepKind } from "../domain/step.js";
import { findTemplateProblem } from "../mail/find-template-problem.js";
import { MAX_SUBJECT_CHARS } from "../mail/header-safe.js";
import { singleLine, wellFormed } from "./field-schemas.js";
import { lazyRequired } from "./lazy-required.js";

export const MAX_TEMPLATE_BODY_CHARS = 5000;

// Tabs and line breaks are how a body is laid out; any other control character is noise or an attack.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const BODY_CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

function usableTemplate(template: string, ctx: z.core.$RefinementCtx<string>): void {
  const problem = findTemplateProblem(template);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
}

// Built on first use (z.lazy), like the field schemas: no Lambda builds them at init. What they mean, for
// the OpenAPI document only, is in template-override-descriptions.ts: no Lambda bundles those words.

export const subjectTemplateSchema = /* @__PURE__ */ z.lazy(() =>
  singleLine(MAX_SUBJECT_CHARS).check(z.superRefine(usableTemplate)),
);

export const bodyTemplateSchema = /* @__PURE__ */ z.lazy(() =>
  z.string().check(
    z.maxLength(MAX_TEMPLATE_BODY_CHARS, `must be at most ${MAX_TEMPLATE_BODY_CHARS} characters`),
    z.refine((s) => s.trim().length > 0, "must not be empty"),
    z.refine((s) => !BODY_CONTROL_CHARS.test(s), "must not contain control characters"),
    wellFormed(),
    z.superRefine(usableTemplate),
  ),
);

/** The candidate's wording for a step: subject, body or both; what is left out keeps the default. */
export const templateOverrideSchema = /* @__PURE__ */ z.lazy(() =>
  z
    .strictObject({ subject: z.optional(subjectTemplateSchema), body: z.optional(bodyTemplateSchema) })
    .check(
      z.refine((o) => o.subject !== undefined || o.body !== undefined, "must set subject, body or both"),
    ),
);

/**
 * `templates` on POST /interviews and PATCH: the wording for every step of a kind (not built for a request
 * without templates: lazyRequired).
 */
export const templateOverridesSchema = /* @__PURE__ */ lazyRequired(() =>
  z.strictObject(
    Object.fromEntries(STEP_KINDS.map((kind) => [kind, z.optional(templateOverrideSchema)])) as {
      [K in StepKind]: z.ZodMiniOptional<typeof templateOverrideSchema>;
    },
  ),
);

/**
 * `stepTemplates` on PATCH only (step ids exist once the chain is planned): the wording for single steps;
 * `null` drops a step's override. Whether each step exists and is still pending is the use case's call.
 */
export const stepTemplatesSchema = /* @__PURE__ */ z.lazy(() =>
  z.catchall(z.object({}), z.nullable(templateOverrideSchema)).check(
    // Checked here rather than by a key schema: zod reports a bad key only as "Invalid key in record".
    z.superRefine((record, ctx) => {
      for (const key of Object.keys(record)) {
        if (!/^s[0-9]{1,4}$/.test(key))
          ctx.addIssue({ code: "custom", path: [key], message: "is not a step id such as s3" });
      }
      if (Object.keys(record).length === 0)
        ctx.addIssue({ code: "custom", message: "must name at least one step" });
      if (Object.keys(record).length > 50)
        ctx.addIssue({ code: "custom", message: "at most 50 steps at once" });
    }),
  ),
);
