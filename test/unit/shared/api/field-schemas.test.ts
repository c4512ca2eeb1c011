import { describe, expect, it } from "vitest";
import { emailSchema, singleLine, timeZoneSchema } from "../../../../shared/api/field-schemas.js";

describe("field schemas", () => {
  it("stores a time zone as the runtime spells it, and refuses unknown ones", () => {
    expect(timeZoneSchema.parse("america/new_york")).toBe("America/New_York");
    expect(timeZoneSchema.parse("Europe/London")).toBe("Europe/London");
    expect(timeZoneSchema.safeParse("Mars/Olympus_Mons").success).toBe(false);
    expect(timeZoneSchema.safeParse("").success).toBe(false);
  });

  it("refuses line breaks and control characters in single-line fields and emails", () => {
    expect(singleLine(50).safeParse("Dana\r\nBcc: x@evil.example").success).toBe(false);
    expect(singleLine(50).safeParse("Dana\u0007").success).toBe(false);
    expect(singleLine(50).parse("  Zoë Ñúñez  ")).toBe("Zoë Ñúñez");
    expect(emailSchema.safeParse("dana@acme.example\r\n").success).toBe(false);
  });
});
