import { describe, expect, it } from "vitest";
import { stopInputSchema } from "../../../../shared/api/stop-input-schema.js";

describe("stopInputSchema", () => {
  it.each(["offer", "rejected", "withdrawn", "cancelled"])("accepts the reason %s", (reason) => {
    expect(stopInputSchema.parse({ reason })).toEqual({ reason });
  });

  it("refuses an unknown reason, a long note and an unknown field", () => {
    expect(stopInputSchema.safeParse({ reason: "ghosted" }).success).toBe(false);
    expect(stopInputSchema.safeParse({ reason: "offer", note: "x".repeat(1001) }).success).toBe(false);
    expect(stopInputSchema.safeParse({ reason: "offer", at: "now" }).success).toBe(false);
  });
});
