import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { interviewInputSchema, interviewPatchSchema } from "../../../../shared/api/interview-input-schema.js";
import { listQuerySchema } from "../../../../shared/api/list-query-schema.js";
import { manageFormSchema, manageInputSchema } from "../../../../shared/api/manage-input-schema.js";
import { snoozeInputSchema } from "../../../../shared/api/snooze-input-schema.js";
import { stopInputSchema } from "../../../../shared/api/stop-input-schema.js";
import { interviewInput } from "../../../support/interview-input.js";

/**
 * Building a schema is a cold start's work: built at import, the interview schemas alone cost create,
 * update and preview a few ms of init. Every route schema is z.lazy, so loading its module builds nothing
 * and a route builds only the schema it parses with, on its first request. zod keeps what a lazy schema
 * built in its definition's `_cachedInner` (zod 4.x).
 */
const built = (schema: z.core.$ZodType) => "_cachedInner" in schema._zod.def;

const ROUTE_SCHEMAS = {
  interviewInputSchema,
  interviewPatchSchema,
  listQuerySchema,
  manageFormSchema,
  manageInputSchema,
  snoozeInputSchema,
  stopInputSchema,
};

describe("route schemas are built on first use", () => {
  it("builds none when their modules load, and only the one a request parses with", () => {
    for (const [name, schema] of Object.entries(ROUTE_SCHEMAS)) {
      expect(schema._zod.def.type, name).toBe("lazy");
      expect(built(schema), name).toBe(false);
    }

    const body = interviewInput({ interviewedAt: new Date().toISOString(), decisionExpectedBy: undefined });
    expect(z.safeParse(interviewInputSchema, body).success).toBe(true);

    expect(built(interviewInputSchema)).toBe(true);
    expect(built(interviewPatchSchema)).toBe(false);
    expect(built(listQuerySchema)).toBe(false);
  });
});
