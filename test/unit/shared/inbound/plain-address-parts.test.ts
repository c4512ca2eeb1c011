import { describe, expect, it } from "vitest";
import { plainAddressParts } from "../../../../shared/inbound/plain-address-parts.js";

describe("plainAddressParts", () => {
  it.each([
    ["dana@acme.example", "dana", "acme.example"],
    ["dana+jobs@acme.example", "dana+jobs", "acme.example"],
    ["first.last@eu.acme.example", "first.last", "eu.acme.example"],
    // Quoted local parts as postal-mime gives them: quotes kept inside <...>, dropped in a bare address.
    ['"dana@home"@acme.example', '"dana@home"', "acme.example"],
    ['"dana:smith"@acme.example', '"dana:smith"', "acme.example"],
    ['"a\\"b"@acme.example', '"a\\"b"', "acme.example"],
    ["dana smith@acme.example", "dana smith", "acme.example"],
  ])("%s is %s at %s", (address, local, domain) => {
    expect(plainAddressParts(address)).toEqual({ local, domain });
  });

  it.each([
    ["a source route", "@evil.example:dana@acme.example"],
    ["a source route of two hops", "@evil.example,@x.example:dana@acme.example"],
    ["a route without its leading @", "evil.example:dana@acme.example"],
    ["two unquoted @", "dana@evil.example@acme.example"],
    ["@@", "dana@@acme.example"],
    ["no local part", "@acme.example"],
    ["an empty quoted local part", '""@acme.example'],
    ["no domain", "dana@"],
    ["no @", "dana"],
    ["a : in the domain", "dana@acme.example:25"],
    ["white space in the domain", "dana@ acme.example"],
    ["an unclosed quote", '"dana@acme.example'],
  ])("%s is not plain (%s)", (_, address) => {
    expect(plainAddressParts(address)).toBeUndefined();
  });
});
