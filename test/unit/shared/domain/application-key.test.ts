import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applicationKeyFor } from "../../../../shared/domain/application-key.js";

describe("applicationKeyFor", () => {
  it("groups spellings of the same company and role", () => {
    const expected = "acme-corp--staff-engineer";
    expect(applicationKeyFor("Acme Corp", "Staff Engineer")).toBe(expected);
    expect(applicationKeyFor("  acme   corp. ", "staff engineer")).toBe(expected);
    expect(applicationKeyFor("ACME CORP", "Staff\tEngineer ")).toBe(expected);
    expect(applicationKeyFor("Acme, Corp.", "Staff  Engineer")).toBe(expected);
  });

  it("strips diacritics and folds special letters", () => {
    expect(applicationKeyFor("Société Générale", "Ingénieur")).toBe("societe-generale--ingenieur");
    expect(applicationKeyFor("Straße Øresund", "Łódź")).toBe("strasse-oresund--lodz");
  });

  it("drops punctuation inside words and lone symbols", () => {
    expect(applicationKeyFor("AT&T", "Sr. Engineer")).toBe("att--sr-engineer");
    expect(applicationKeyFor("Müller & Söhne GmbH", "Front-end Developer")).toBe(
      "muller-sohne-gmbh--frontend-developer",
    );
    expect(applicationKeyFor("3M", "C++ Developer")).toBe("3m--c-developer");
  });

  it("keeps different companies and roles apart", () => {
    expect(applicationKeyFor("Acme", "Staff Engineer")).not.toBe(
      applicationKeyFor("Acme Corp", "Staff Engineer"),
    );
    expect(applicationKeyFor("Acme", "Engineer")).not.toBe(applicationKeyFor("Acme", "Staff Engineer"));
    // The separator cannot be produced inside a part, so words cannot move between company and role.
    expect(applicationKeyFor("Acme Staff", "Engineer")).not.toBe(applicationKeyFor("Acme", "Staff Engineer"));
  });

  it("is URL-safe and short for any input", () => {
    const inputs: [string, string][] = [
      ["株式会社テスト", "エンジニア"],
      ["🚀 Rocket!", "Dev/Ops"],
      ["A".repeat(200), "Role ".repeat(50)],
      ["", ""],
    ];
    for (const [company, role] of inputs) {
      const key = applicationKeyFor(company, role);
      expect(key).toMatch(/^[a-z0-9-]*$/);
      expect(key.length).toBeLessThanOrEqual(82);
    }
  });

  it("gives names in other scripts a stable, distinct key", () => {
    const a = applicationKeyFor("株式会社テスト", "エンジニア");
    expect(a).toBe(applicationKeyFor("株式会社テスト", "エンジニア"));
    expect(a).toMatch(/^x[a-z0-9]+--x[a-z0-9]+$/);
    expect(a).not.toBe(applicationKeyFor("株式会社サンプル", "エンジニア"));
  });

  it("cuts long parts but keeps names that differ only at the end apart", () => {
    const long = "The Extraordinarily Long Named International Holding Company";
    const a = applicationKeyFor(`${long} Alpha`, "Engineer");
    const b = applicationKeyFor(`${long} Beta`, "Engineer");
    expect(a).not.toBe(b);
    expect(a.startsWith("the-extraordinarily-long-named-")).toBe(true);
    expect(a.split("--")[0]?.length).toBeLessThanOrEqual(40);
  });

  it("keys ASCII text, which skips NFKD and the marks, as the whole fold would", () => {
    // A company and role that differ from an ASCII one only by a mark go through the whole fold.
    const ascii = fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)) });
    fc.assert(
      fc.property(ascii, ascii, (company, role) => {
        expect(applicationKeyFor(company, role)).toBe(applicationKeyFor(`${company}\u0301`, `${role}\u0301`));
      }),
      { numRuns: 2000 },
    );
  });
});
