import { describe, expect, it } from "vitest";
import { readContentType } from "../../../../shared/inbound/content-type-header.js";

describe("readContentType", () => {
  it("reads the type lower-cased and its parameters, quoted or not", () => {
    expect(readContentType('Multipart/Report; Report-Type="delivery-status"; boundary=abc')).toEqual({
      type: "multipart/report",
      params: { "report-type": "delivery-status", boundary: "abc" },
    });
  });

  it("is text/plain when the header is absent or empty (RFC 2045 5.2)", () => {
    expect(readContentType(undefined)).toEqual({ type: "text/plain", params: {} });
    expect(readContentType("  ")).toEqual({ type: "text/plain", params: {} });
  });

  it("keeps a semicolon and escaped quotes inside a quoted value; drops comments", () => {
    expect(
      readContentType('text/plain (old client); name="a;b \\"c\\""; charset=utf-8 (really)').params,
    ).toEqual({
      name: 'a;b "c"',
      charset: "utf-8",
    });
  });

  it("the first of a repeated parameter wins; a parameter named __proto__ is only a parameter", () => {
    const { params } = readContentType("multipart/report; report-type=a; report-type=b; __proto__=x");
    expect(params["report-type"]).toBe("a");
    expect(Object.entries(params)).toEqual([
      ["report-type", "a"],
      ["__proto__", "x"],
    ]);
  });
});
