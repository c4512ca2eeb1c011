import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { interviewInputSchema, interviewPatchSchema } from "../../../../shared/api/interview-input-schema.js";
import { interviewInput } from "../../../support/interview-input.js";

/**
 * The interview schemas are the biggest a Lambda parses with (create, update, preview): built at import
 * they cost every cold start a few ms of init. They are z.lazy, so loading the module builds nothing and a
 * route builds only the schema it parses with, on its first request. zod keeps what a lazy schema built in
 * its definition's `_cachedInner` (zod 4.x).
 */
const built = (schema: z.core.$ZodType) => "_cachedInner" in schema._zod.def;

describe("the interview schemas are built on first use", () => {
  it("builds neither when its module loads, and only the one a request parses with", () => {
    expect(interviewInputSchema._zod.def.type).toBe("lazy");
    expect(interviewPatchSchema._zod.def.type).toBe("lazy");
    expect(built(interviewInputSchema)).toBe(false);
    expect(built(interviewPatchSchema)).toBe(false);

    const result = z.safeParse(
      interviewInputSchema,
      interviewInput({ interviewedAt: new Date().toISOString(), decisionExpectedBy: undefined }),
    );

    expect(result.success).toBe(true);
    expect(built(interviewInputSchema)).toBe(true);
    expect(built(interviewPatchSchema)).toBe(false);
  });
});
