import * as z from "zod/mini";

/** A number refined with `Number.isInteger` (wholeNumberSchema) is an integer to a client. */
function integerOfRefinement(ctx: { zodSchema: z.core.$ZodType; jsonSchema: { type?: unknown } }): void {
  const def = ctx.zodSchema._zod.def;
  const refinedWhole = def.checks?.some(
    (check) => (check._zod.def as { fn?: unknown }).fn === Number.isInteger,
  );
  if (def.type === "number" && refinedWhole) ctx.jsonSchema.type = "integer";
}

/** A zod schema as OpenAPI 3.0 JSON Schema, as a request reads it (`input`) or an answer gives it (`output`). */
export const toSchema = (schema: z.core.$ZodType, io: "input" | "output") =>
  z.toJSONSchema(schema, {
    io,
    unrepresentable: "any",
    target: "openapi-3.0",
    override: integerOfRefinement,
  });

/** The `content` of a JSON request or answer. */
export const json = (schema: z.core.$ZodType, io: "input" | "output" = "output") => ({
  content: { "application/json": { schema: toSchema(schema, io) } },
});

/** The `content` of a page behind a signed link in an email, for a browser. */
export const html = { content: { "text/html": { schema: { type: "string" } } } };

/**
 * The `content` of an answer given as JSON to an API client, or in words to a person (plainTextOrJson:
 * Accept weighs text/html or text/plain above 0 and above application/json).
 */
export const jsonOrPlainText = (schema: z.core.$ZodType) => ({
  content: { ...json(schema).content, "text/plain": { schema: { type: "string" } } },
});
