import * as z from "zod/mini";
import { PLACEHOLDER_NAMES } from "../mail/template-placeholders.js";
import {
  bodyTemplateSchema,
  stepTemplatesSchema,
  subjectTemplateSchema,
  templateOverrideSchema,
  templateOverridesSchema,
} from "./template-overrides-schema.js";

const placeholderList = () => PLACEHOLDER_NAMES.map((name) => `{{${name}}}`).join(", ");

/**
 * What the template schemas mean, for the OpenAPI document: registered by openApiDocument (which only the
 * build-time generator runs), so the Lambdas that validate templates bundle the schemas without these words.
 */
export function describeTemplateSchemas(): void {
  // On the schema each lazy one stands for, where the description was written before (see the schemas).
  const describe = (schema: z.core.$ZodLazy, description: string) => {
    z.globalRegistry.add(schema._zod.innerType, { description });
  };
  describe(subjectTemplateSchema, "A logic-less (mustache) template on one line");
  describe(bodyTemplateSchema, "A logic-less (mustache) template; a blank line starts a new paragraph");
  describe(
    templateOverrideSchema,
    `Placeholders: ${placeholderList()}. A section {{#name}}...{{/name}} shows its text only when the value is not empty ({{^name}} when it is). Partials, unescaped output ({{{name}}}, {{&name}}), delimiter changes and a template with no words (only comments or blanks) are refused. Where a subject or body renders as nothing for a step (all its words in sections over empty values), that step uses the default's.`,
  );
  describe(
    templateOverridesSchema,
    "Your wording per step kind; every step of that kind uses it unless the step has its own",
  );
  describe(
    stepTemplatesSchema,
    "Your wording for single pending steps, by step id; null goes back to the kind's wording",
  );
}
