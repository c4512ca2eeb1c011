import { NON_ASCII } from "./non-ascii.js";

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
export function applicationKeyFor(company: string, role: string): string {
  return `${keyPart(company)}--${keyPart(role)}`;
}

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
  if (!NON_ASCII.test(text)) return text.toLowerCase();
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
    // biome-ignore lint/complexity/useRegexLiterals: V8 builds a literal's \p{..} classes while it compiles the file, ~2 M instructions of every import of the routes that register or preview; a string is built only for such a part
    const meaningful = folded.replace(new RegExp("[\\s\\p{P}\\p{S}]", "gu"), "");
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
