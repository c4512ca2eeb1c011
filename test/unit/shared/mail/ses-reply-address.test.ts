import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sesReplyAddress } from "../../../../shared/mail/ses-reply-address.js";

describe("sesReplyAddress", () => {
  it("keeps an ASCII address, lower-casing its domain", () => {
    expect(sesReplyAddress("Rita.Ruiz+jobs@Acme.Test")).toBe("Rita.Ruiz+jobs@acme.test");
  });

  it("writes an internationalised domain as punycode", () => {
    expect(sesReplyAddress("rita@exämple.com")).toBe("rita@xn--exmple-cua.com");
    expect(sesReplyAddress("rita@bücher.example.de")).toBe("rita@xn--bcher-kva.example.de");
  });

  it("refuses what SES cannot take: a non-ASCII local part, a quoted one, no domain, a literal, too long", () => {
    expect(sesReplyAddress("josé@exämple.com")).toBeUndefined();
    expect(sesReplyAddress("josé@example.com")).toBeUndefined();
    expect(sesReplyAddress('"a b"@example.com')).toBeUndefined();
    expect(sesReplyAddress("rita@localhost")).toBeUndefined();
    expect(sesReplyAddress("rita@[192.0.2.1]")).toBeUndefined();
    expect(sesReplyAddress("rita@")).toBeUndefined();
    expect(sesReplyAddress(`${"r".repeat(250)}@acme.test`)).toBeUndefined();
  });

  it("whatever it is given, answers undefined or one printable ASCII address without spaces (property)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 80 }),
        fc.string({ maxLength: 40 }),
        (local, domain) => {
          const out = sesReplyAddress(`${local}@${domain}`);
          if (out === undefined) return;
          expect(out).toMatch(/^[!-~]+$/);
          expect(out.split("@")).toHaveLength(2);
          expect(out.length).toBeLessThanOrEqual(254);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
