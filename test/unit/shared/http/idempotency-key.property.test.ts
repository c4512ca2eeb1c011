import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ValidationError } from "../../../../shared/errors/app-error.js";
import { IDEMPOTENCY_KEY_HEADER, idempotencyKeyOf } from "../../../../shared/http/idempotency-key.js";

const printable = fc.stringMatching(/^[\x21-\x7e][\x20-\x7e]{0,253}[\x21-\x7e]$|^[\x21-\x7e]$/);

describe("idempotencyKeyOf, on any header value", () => {
  it("takes any 1-255 printable ASCII key as sent, under any spelling of the header", () => {
    fc.assert(
      fc.property(
        printable,
        fc.constantFrom("idempotency-key", "Idempotency-Key", "IDEMPOTENCY-KEY"),
        (key, name) => {
          expect(idempotencyKeyOf({ headers: { [name]: key } })).toBe(key);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("either gives back a trimmed printable key of 1-255 characters or refuses it with 400 naming the header", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (value) => {
        let key: string | undefined;
        try {
          key = idempotencyKeyOf({ headers: { "idempotency-key": value } });
        } catch (err) {
          expect(err).toBeInstanceOf(ValidationError);
          expect((err as ValidationError).issues.map((i) => i.field)).toEqual([IDEMPOTENCY_KEY_HEADER]);
          return;
        }
        expect(key).toBe(value.trim());
        expect(key).toMatch(/^[\x20-\x7e]{1,255}$/);
      }),
      { numRuns: 2000 },
    );
  });

  it("answers undefined without the header", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.stringMatching(/^[a-z-]{1,20}$/), fc.string()), (headers) => {
        fc.pre(!Object.keys(headers).some((k) => k === "idempotency-key"));
        expect(idempotencyKeyOf({ headers })).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });
});
