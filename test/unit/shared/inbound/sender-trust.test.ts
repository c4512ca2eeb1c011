import { describe, expect, it } from "vitest";
import { failedAuthentication } from "../../../../shared/inbound/failed-authentication.js";
import { isFreeMailDomain } from "../../../../shared/inbound/free-mail-domains.js";
import { senderTrust } from "../../../../shared/inbound/sender-trust.js";

const contacts = ["rita@acme.test", "Ann.Lee@Gmail.com", "ref@reply.example.com"];
const ownDomains = ["reply.example.com", "mail.example.com"];
const trust = (from: string | undefined, verdicts?: Record<string, string>) =>
  senderTrust({ from, contacts, verdicts, ownDomains });

describe("senderTrust", () => {
  it("trusts a contact's exact address, whatever its case", () => {
    expect(trust("RITA@acme.test")).toEqual({ trusted: true, as: "contact" });
    expect(trust("ann.lee@gmail.com")).toEqual({ trusted: true, as: "contact" });
  });

  it("trusts a colleague at a contact's domain or a subdomain of it", () => {
    expect(trust("jobs@acme.test")).toEqual({ trusted: true, as: "colleague" });
    expect(trust("jobs@eu.ACME.test")).toEqual({ trusted: true, as: "colleague" });
  });

  it("trusts a colleague whose local part is quoted or plus-tagged, as before", () => {
    expect(trust("rita+jobs@acme.test")).toEqual({ trusted: true, as: "colleague" });
    expect(trust('"hiring team"@acme.test')).toEqual({ trusted: true, as: "colleague" });
    expect(trust('"jobs@home"@acme.test')).toEqual({ trusted: true, as: "colleague" });
    expect(trust("hiring team@acme.test")).toEqual({ trusted: true, as: "colleague" });
  });

  it.each([
    ["a source route", "@evil.example:jobs@acme.test"],
    ["a source route to a contact's own address", "@evil.example:rita@acme.test"],
    ["a route without its leading @", "evil.example:jobs@acme.test"],
    ["two unquoted @", "jobs@evil.example@acme.test"],
    ["an empty local part", "@acme.test"],
    ["an empty domain", "rita@"],
  ])("never trusts a From that is not a plain local@domain: %s", (_, from) => {
    expect(trust(from)).toEqual({
      trusted: false,
      reason: `its sender address ${from} is not a plain local@domain address`,
    });
  });

  it.each([
    ["another gmail user", "someone@gmail.com"],
    ["a look-alike suffix", "hr@acme.test.evil.example"],
    ["a look-alike prefix", "hr@notacme.test"],
    ["one of our own domains", "x@reply.example.com"],
    ["a subdomain of ours", "x@eu.mail.example.com"],
    ["no address", undefined],
    ["no domain", "rita"],
  ])("does not trust %s", (_, from) => {
    expect(trust(from)).toMatchObject({ trusted: false });
  });

  it("does not trust even a contact's exact address when authentication fails", () => {
    expect(trust("rita@acme.test", { dmarc: "FAIL" })).toEqual({
      trusted: false,
      reason: "its sender could not be verified (DMARC failed)",
    });
  });
});

describe("failedAuthentication", () => {
  it.each([
    [{ dmarc: "FAIL" }, "DMARC failed"],
    [{ dmarc: "fail", spf: "PASS", dkim: "PASS" }, "DMARC failed"],
    [{ spf: "FAIL", dkim: "FAIL" }, "SPF and DKIM failed"],
    [{ spf: "FAIL", dkim: "FAIL", dmarc: "PASS" }, "SPF and DKIM failed"],
  ])("%j fails: %s", (verdicts, reason) => {
    expect(failedAuthentication(verdicts)).toBe(reason);
  });

  it.each([
    [undefined],
    [{}],
    [{ spf: "FAIL" }],
    [{ dkim: "FAIL", spf: "GRAY" }],
    [{ spf: "GRAY", dkim: "GRAY", dmarc: "GRAY" }],
    [{ spf: "PROCESSING_FAILED", dkim: "PROCESSING_FAILED", dmarc: "PROCESSING_FAILED" }],
    [{ dmarc: "DISABLED" }],
  ])("%j does not fail", (verdicts) => {
    expect(failedAuthentication(verdicts)).toBeUndefined();
  });
});

describe("isFreeMailDomain", () => {
  it.each(["gmail.com", "OUTLOOK.com", "yahoo.co.uk", "hotmail.fr", "icloud.com", "proton.me"])(
    "%s is free mail",
    (d) => expect(isFreeMailDomain(d)).toBe(true),
  );
  it.each(["acme.test", "gmail.com.evil.test", "yahoo-careers.com"])("%s is not", (d) =>
    expect(isFreeMailDomain(d)).toBe(false),
  );
});

describe("free-mail providers beyond the biggest", () => {
  // Consumer mailbox and ISP domains, with the countries the product's users write to: anyone can open an
  // address there, so a stranger at a contact's provider is no colleague.
  it.each([
    ["126.com"],
    ["sina.com"],
    ["foxmail.com"],
    ["vip.qq.com"],
    ["hanmail.net"],
    ["rediffmail.com"],
    ["orange.fr"],
    ["free.fr"],
    ["laposte.net"],
    ["t-online.de"],
    ["web.de"],
    ["posteo.de"],
    ["libero.it"],
    ["wp.pl"],
    ["seznam.cz"],
    ["yandex.ru"],
    ["yandex.ua"],
    ["ya.ru"],
    ["rambler.ru"],
    ["bk.ru"],
    ["uol.com.br"],
    ["bol.com.br"],
    ["comcast.net"],
    ["att.net"],
    ["btinternet.com"],
    ["bigpond.com"],
    ["docomo.ne.jp"],
  ])("a stranger at %s is not a colleague of a contact there", (domain) => {
    expect(isFreeMailDomain(domain)).toBe(true);
    expect(
      senderTrust({
        from: `stranger@${domain}`,
        contacts: [`rita@${domain}`],
        verdicts: undefined,
        ownDomains,
      }),
    ).toEqual({ trusted: false, reason: `stranger@${domain} is not a contact of this interview` });
  });

  it.each(["orange.com", "telekom.de", "att.com", "bt.com", "yandex-team.ru"])(
    "%s, a company's own domain, still has colleagues",
    (domain) => expect(isFreeMailDomain(domain)).toBe(false),
  );
});

describe("senderTrust on arbitrary From addresses", () => {
  // A small seeded generator (no dependency): the same 5,000 addresses on every run.
  let seed = 42;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const pieces = [
    "acme",
    "test",
    "gmail",
    "com",
    "evil",
    "eu",
    "reply",
    "example",
    "rita",
    ".",
    "@",
    "-",
    "Ä",
    " ",
    "",
  ];
  const randomAddress = () =>
    Array.from({ length: 1 + Math.floor(next() * 9) }, () => pieces[Math.floor(next() * pieces.length)]).join(
      "",
    );

  it("never throws, and trusts only a contact or an address at acme.test or under it", () => {
    let trusted = 0;
    for (let i = 0; i < 5000; i++) {
      const from = i % 10 === 0 ? `${randomAddress()}@${randomAddress()}acme.test` : randomAddress();
      const result = trust(from);
      const address = from.trim().toLowerCase();
      const domain = address.slice(address.lastIndexOf("@") + 1);
      // The pieces hold no quote nor `:`: a plain address has exactly one `@`, not first.
      const plain = address.split("@").length === 2 && !address.startsWith("@");
      const allowed =
        contacts.map((c) => c.toLowerCase()).includes(address) ||
        (plain && (domain === "acme.test" || domain.endsWith(".acme.test")));
      if (result.trusted) {
        trusted++;
        expect({ from, allowed }).toEqual({ from, allowed: true });
      }
    }
    // The generator reaches both sides of the rule.
    expect(trusted).toBeGreaterThan(10);
    expect(trusted).toBeLessThan(5000);
  });
});
