import { repairWindows1252 } from "./repair-windows-1252.js";

/** Names for consecutive code points from `first` ("" skips one). */
function run(first: number, names: string): Array<[string, string]> {
  return names
    .split(" ")
    .map((name, i): [string, string] => [name, String.fromCodePoint(first + i)])
    .filter(([name]) => name !== "");
}

// HTML 4's named character references (Latin-1, symbols and Greek, markup-significant and internationalisation
// characters): what mail clients write. The rarer HTML5-only names are left as written.
const NAMED = new Map<string, string>([
  ...run(
    160,
    "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 " +
      "acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde " +
      "Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc " +
      "Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml " +
      "aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc " +
      "otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml",
  ),
  ...run(
    913,
    "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho  Sigma Tau Upsilon Phi Chi Psi Omega",
  ),
  ...run(
    945,
    "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigmaf sigma tau upsilon phi chi psi omega",
  ),
  ...run(8592, "larr uarr rarr darr harr"),
  ...run(8656, "lArr uArr rArr dArr hArr"),
  ...([
    ["amp", "&"],
    ["AMP", "&"],
    ["lt", "<"],
    ["LT", "<"],
    ["gt", ">"],
    ["GT", ">"],
    ["quot", '"'],
    ["QUOT", '"'],
    ["apos", "'"],
    ["COPY", "©"],
    ["REG", "®"],
    ["OElig", "Œ"],
    ["oelig", "œ"],
    ["Scaron", "Š"],
    ["scaron", "š"],
    ["Yuml", "Ÿ"],
    ["fnof", "ƒ"],
    ["circ", "ˆ"],
    ["tilde", "˜"],
    ["thetasym", "ϑ"],
    ["upsih", "ϒ"],
    ["piv", "ϖ"],
    ["ensp", "\u2002"],
    ["emsp", "\u2003"],
    ["thinsp", "\u2009"],
    ["zwnj", "\u200c"],
    ["zwj", "\u200d"],
    ["lrm", "\u200e"],
    ["rlm", "\u200f"],
    ["ndash", "–"],
    ["mdash", "—"],
    ["lsquo", "‘"],
    ["rsquo", "’"],
    ["sbquo", "‚"],
    ["ldquo", "“"],
    ["rdquo", "”"],
    ["bdquo", "„"],
    ["dagger", "†"],
    ["Dagger", "‡"],
    ["bull", "•"],
    ["hellip", "…"],
    ["crarr", "↵"],
    ["permil", "‰"],
    ["prime", "′"],
    ["Prime", "″"],
    ["lsaquo", "‹"],
    ["rsaquo", "›"],
    ["oline", "‾"],
    ["frasl", "⁄"],
    ["euro", "€"],
    ["image", "ℑ"],
    ["weierp", "℘"],
    ["real", "ℜ"],
    ["trade", "™"],
    ["alefsym", "ℵ"],
    ["forall", "∀"],
    ["part", "∂"],
    ["exist", "∃"],
    ["empty", "∅"],
    ["nabla", "∇"],
    ["isin", "∈"],
    ["notin", "∉"],
    ["ni", "∋"],
    ["prod", "∏"],
    ["sum", "∑"],
    ["minus", "−"],
    ["lowast", "∗"],
    ["radic", "√"],
    ["prop", "∝"],
    ["infin", "∞"],
    ["ang", "∠"],
    ["and", "∧"],
    ["or", "∨"],
    ["cap", "∩"],
    ["cup", "∪"],
    ["int", "∫"],
    ["there4", "∴"],
    ["sim", "∼"],
    ["cong", "≅"],
    ["asymp", "≈"],
    ["ne", "≠"],
    ["equiv", "≡"],
    ["le", "≤"],
    ["ge", "≥"],
    ["sub", "⊂"],
    ["sup", "⊃"],
    ["nsub", "⊄"],
    ["sube", "⊆"],
    ["supe", "⊇"],
    ["oplus", "⊕"],
    ["otimes", "⊗"],
    ["perp", "⊥"],
    ["sdot", "⋅"],
    ["lceil", "⌈"],
    ["rceil", "⌉"],
    ["lfloor", "⌊"],
    ["rfloor", "⌋"],
    ["lang", "⟨"],
    ["rang", "⟩"],
    ["loz", "◊"],
    ["spades", "♠"],
    ["clubs", "♣"],
    ["hearts", "♥"],
    ["diams", "♦"],
  ] as Array<[string, string]>),
]);

/** A numeric reference's character, as HTML reads it (0x80-0x9F as windows-1252); "" for no character. */
function fromCodePoint(code: number): string {
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "";
  return repairWindows1252(String.fromCodePoint(code));
}

/**
 * Text with HTML character references decoded: numeric ones (`&#8217;`, `&#x2019;`, `&#146;`) and the named ones
 * of HTML 4 (`&amp;`, `&nbsp;`, `&eacute;`, `&rsquo;`...), case as HTML spells them. An unknown name stays as
 * written; an invalid code point (zero, a surrogate, beyond U+10FFFF) is dropped, never a broken string.
 */
export function decodeHtmlEntities(text: string): string {
  return text.replace(
    /&(?:#([0-9]{1,8})|#[xX]([0-9a-fA-F]{1,7})|([A-Za-z][A-Za-z0-9]{1,9}));/g,
    (whole, dec, hex, name) => {
      if (dec !== undefined) return fromCodePoint(Number(dec));
      if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16));
      return NAMED.get(name) ?? whole;
    },
  );
}
