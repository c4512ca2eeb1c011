import { describe, expect, it } from "vitest";
import { firstName, readableList } from "../../../../shared/mail/template-placeholders.js";

describe("readableList", () => {
  it.each([
    [[], ""],
    [["a"], "a"],
    [["a", "b"], "a and b"],
    [["a, b", "c", "d"], "a, b, c and d"],
  ])("%j reads %j", (items, expected) => {
    expect(readableList(items)).toBe(expected);
  });
});

describe("firstName", () => {
  it.each([
    ["Zoë Ñúñez", "Zoë"],
    ["  李小龍  ", "李小龍"],
    ["Madonna", "Madonna"],
  ])("of %j is %j", (name, expected) => {
    expect(firstName(name)).toBe(expected);
  });
});
