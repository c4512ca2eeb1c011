import { describe, expect, it } from "vitest";
import { repairWindows1252 } from "../../../../shared/inbound/repair-windows-1252.js";

// index-windows-1252 of the WHATWG Encoding Standard, bytes 0x80-0x9F.
const EXPECTED = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

describe("repairWindows1252", () => {
  it("maps each C1 control to the windows-1252 character of the same byte", () => {
    for (let byte = 0x80; byte <= 0x9f; byte++) {
      expect(repairWindows1252(String.fromCharCode(byte)).codePointAt(0)).toBe(EXPECTED[byte - 0x80]);
    }
  });

  it("repairs what Node's TextDecoder makes of windows-1252 bytes, whether or not this Node has the bug", () => {
    const decoded = new TextDecoder("windows-1252").decode(
      Uint8Array.from([0x57, 0x65, 0x92, 0x72, 0x65, 0x20, 0x80]),
    );
    expect(repairWindows1252(decoded)).toBe("We’re €");
  });

  it("leaves every other character alone", () => {
    const text = "Plain ASCII, Latin-1 é ñ ü \u00a0, CJK 你好, emoji 😀, curly ’ quotes";
    expect(repairWindows1252(text)).toBe(text);
  });
});
