import type * as z from "zod/mini";
import { toSchema } from "./openapi-content.js";

/**
 * The OpenAPI query parameters of a route, from the zod schema that validates its query string: each
 * property's bounds, enum and default as the route enforces them, with `descriptions` where a name is not
 * enough.
 */
export function queryParameters(
  schema: z.core.$ZodType,
  descriptions: Record<string, string> = {},
): Record<string, unknown>[] {
  const { properties = {}, required = [] } = toSchema(schema, "input") as {
    properties?: Record<string, unknown>;
    required?: string[];
  };
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: "query",
    ...(required.includes(name) ? { required: true } : {}),
    ...(descriptions[name] ? { description: descriptions[name] } : {}),
    schema: property,
  }));
}
