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

  it("answers every text as it did with an ASCII pattern and a punctuation literal (before 2026-12-04)", () => {
    const part = fc.array(
      fc.oneof(
        fc.constantFrom(
          ..."aZ9 -.&+_\t\u00e9\u00df\u0142\u0131\u4e00\u0301\u2014\u00a9\u20ac!?\u{1f600}\ud800",
        ),
        fc.string({ unit: "binary", maxLength: 3 }),
      ),
      { maxLength: 10 },
    );
    fc.assert(
      fc.property(part, part, (company, role) => {
        expect(applicationKeyFor(company.join(""), role.join(""))).toBe(
          applicationKeyBefore(company.join(""), role.join("")),
        );
      }),
      { numRuns: 3000 },
    );
  });
});

// applicationKeyFor as it was before 2026-12-04 (the reference of the test above).
// Letters NFKD does not decompose into a base letter plus a mark.
const FOLDS: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};

const MAX_PART = 40;

/**
 * Groups the rounds of one application: "Acme Corp" / " acme  corp. " and "Staff Engineer" /
 * "staff-engineer" give the same key. The key is lower-case ASCII letters, digits and hyphens, with `--`
 * between company and role (never inside a part), so it is URL-safe and readable.
 *
 * Punctuation is dropped rather than turned into a space, so "Front-end" matches "Frontend" and "AT&T"
 * becomes "att". A part longer than 40 characters is cut and suffixed with a hash of the whole part, and a
 * part with no Latin letters or digits left (e.g. a name in another script) becomes a hash, so different
 * names stay apart.
 */
function applicationKeyBefore(company: string, role: string): string {
  return `${keyPart(company)}--${keyPart(role)}`;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: any ASCII, control characters included
const ASCII = /^[\u0000-\u007f]*$/;
/**
 * The letters FOLDS spells out (ß æ œ ø ł đ ð þ ı), written as escapes, as every non-ASCII character of a
 * pattern in the Lambda code: esbuild escapes strings but leaves a regex literal's characters raw, and one
 * of them makes V8 hold the whole bundle as two-byte text (test/unit/architecture/ascii-bundles.test.ts).
 */
const FOLDED_LETTERS = /[\u00df\u00e6\u0153\u00f8\u0142\u0111\u00f0\u00fe\u0131]/g;

/**
 * NFKD, marks and the folds change nothing in ASCII text, the usual company and role: skipping them there
 * skips building the Unicode property classes (ICU data) on a process's first call, ~1 ms of the first
 * invoke of the routes that group applications (session 10).
 */
function fold(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/\p{M}+/gu, "")
    .replace(FOLDED_LETTERS, (c) => FOLDS[c] ?? c);
}

function keyPart(text: string): string {
  const folded = fold(text);
  const words = folded
    .split(/\s+/u)
    .map((w) => w.replace(/[^a-z0-9]/g, ""))
    .filter((w) => w.length > 0);
  const slug = words.join("-");
  if (slug.length === 0) {
    const meaningful = folded.replace(/[\s\p{P}\p{S}]/gu, "");
    return meaningful.length > 0 ? `x${fnv1a(meaningful)}` : "";
  }
  if (slug.length <= MAX_PART) return slug;
  const hash = fnv1a(slug);
  return `${slug.slice(0, MAX_PART - hash.length - 1).replace(/-+$/, "")}-${hash}`;
}

/** 32-bit FNV-1a in base 36: a short stable digest, no crypto needed for grouping. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    h ^= cp;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}
