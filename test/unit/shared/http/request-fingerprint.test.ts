import { describe, expect, it } from "vitest";
import { requestFingerprint } from "../../../../shared/http/request-fingerprint.js";

const fingerprint = (body: string | undefined, method = "POST", rawPath = "/interviews") =>
  requestFingerprint({ body, rawPath, requestContext: { http: { method } } } as Parameters<
    typeof requestFingerprint
  >[0]);

describe("requestFingerprint", () => {
  it("reads the same JSON the same, whatever its key order and spacing", () => {
    const first = fingerprint('{"company":"Acme","interviewers":[{"name":"Dana","email":"d@a.example"}]}');
    expect(
      fingerprint('{ "interviewers": [ { "email": "d@a.example", "name": "Dana" } ], "company": "Acme" }'),
    ).toBe(first);
  });

  it("reads a body with a byte order mark as the same JSON without one, as the route reads it", () => {
    expect(fingerprint('\ufeff{"company":"Acme"}')).toBe(fingerprint('{"company":"Acme"}'));
  });

  it("tells a different value, array order, route or method apart", () => {
    const first = fingerprint('{"company":"Acme","tags":["a","b"]}');
    for (const other of [
      fingerprint('{"company":"Acme Corp","tags":["a","b"]}'),
      fingerprint('{"company":"Acme","tags":["b","a"]}'),
      fingerprint('{"company":"Acme","tags":["a","b"]}', "PATCH"),
      fingerprint('{"company":"Acme","tags":["a","b"]}', "POST", "/plan/preview"),
    ]) {
      expect(other).not.toBe(first);
    }
  });

  it("reads a body that is not JSON by its bytes, and never throws on deep nesting", () => {
    expect(fingerprint("{not json")).toBe(fingerprint("{not json"));
    expect(fingerprint("{not json")).not.toBe(fingerprint("{not  json"));
    expect(fingerprint('"x"')).not.toBe(fingerprint("x"));
    const deep = `${"[".repeat(200_000)}${"]".repeat(200_000)}`;
    expect(fingerprint(deep)).toBe(fingerprint(deep));
    expect(fingerprint(undefined)).toBe(fingerprint(""));
  });
});
