import { NON_ASCII } from "../domain/non-ascii.js";

// What Unicode says renders as nothing (Default_Ignorable_Code_Point): bidi marks, embeddings, overrides and
// isolates (an RTL override in a name reached the From display name, turning "Sam" into what it is not),
// zero-width characters and joiners, the soft hyphen, invisible operators, the Mongolian vowel separator,
// Hangul fillers (a name made of U+3164 looks blank) and tag characters (ASCII hidden in plain sight). No
// name or subject needs them, except inside what renders as one visible symbol, which the second pattern
// spells out, and the joiners Persian and Indic spellings need (the second and third). Also what shows as
// blank without being whitespace or default-ignorable: the braille blank, the musical null notehead, and
// the interlinear annotation controls.
//
// The patterns are strings, built into RegExps the first time a text needs them: V8 builds each `\p{..}`
// class when it parses a pattern (a literal's while it compiles the file, even inside a function never
// called), and these took ~10 M instructions of every import of the HTTP routes that take names. A text
// with no character above U+007F needs none of them: nothing they find or allow is ASCII.
const raw = String.raw;
let built: RegExp[] | undefined;

// Whether NFD moves a mark: it sorts adjacent marks by Canonical_Combining_Class.
const reorders = (s: string) => s.normalize("NFD") !== s;

/**
 * Whether `c` is a virama (Canonical_Combining_Class 9), which JavaScript cannot ask directly: NFD puts a
 * class-1 mark (U+0334) before it, and leaves it in place beside U+094D, a virama, on either side.
 */
const isVirama = (c: string) => reorders(`${c}\u0334`) && !reorders(`\u094d${c}`) && !reorders(`${c}\u094d`);

/**
 * The first invisible character of `text` outside an emoji, a variation sequence or a joiner its script needs,
 * as "U+200E"; or undefined.
 */
export function invisibleCharacterIn(text: string): string | undefined {
  if (!NON_ASCII.test(text)) return undefined;
  built ??= [
    raw`[\p{Default_Ignorable_Code_Point}\u2800\u{1d159}\ufff9-\ufffb]`,
    [
      // The joiner inside an emoji sequence (woman + ZWJ + laptop), which renders as one emoji.
      raw`(?<=\p{Extended_Pictographic}|\p{Emoji_Modifier}|\ufe0f)\u200d(?=\p{Extended_Pictographic})`,
      // A variation selector right after a visible character (a letter, number, punctuation or symbol: every
      // general category but marks, separators and others): it picks that character's glyph (an emoji's
      // presentation, a keycap, a kanji's variant in a Japanese name, a Mongolian letter's form).
      raw`(?<=[^\p{M}\p{Z}\p{C}])[\u180b-\u180d\u180f\ufe00-\ufe0f\u{e0100}-\u{e01ef}]`,
      // A subdivision flag (Scotland, Wales, California): a black flag, the subdivision's code (3 to 7 letters
      // or digits, CLDR) in tag characters, then the cancel tag (UTS #51 emoji_tag_sequence). Nothing longer.
      raw`(?<=\u{1f3f4})[\u{e0030}-\u{e0039}\u{e0061}-\u{e007a}]{3,7}\u{e007f}`,
      // A non-joiner between two Arabic-script letters (combining marks may sit between), as in Persian
      // "mi-khaham". RFC 5892 A.1 asks for the Joining_Type of each letter, which JavaScript cannot read
      // without a table; where one of the two does not join, the non-joiner changes nothing, harmlessly.
      // The non-joiner comes first so that only a non-joiner looks back (a run of marks, scanned from each
      // character of it, would be quadratic).
      raw`\u200c(?<=(?=\p{sc=Arab})\p{L}\p{Mn}*\u200c)(?=\p{Mn}*(?=\p{sc=Arab})\p{L})`,
    ].join("|"),
    // A non-joiner or joiner and the mark before it: right after a virama, either picks how an Indic
    // consonant cluster is drawn (Hindi, Bengali, Kannada; a Malayalam chillu, Sinhala "Sri"): RFC 5892 A.1, A.2.
    raw`(\p{M})[\u200c\u200d]`,
  ].map((p) => RegExp(p, "gu"));
  const [invisible, allowed, joiner] = built as [RegExp, RegExp, RegExp];
  // All global, so `match` (which starts from the beginning whatever a previous call left) lists the
  // invisible characters found; the first is the answer.
  const found = text
    .replace(allowed, "")
    .replace(joiner, (pair, before: string) => (isVirama(before) ? before : pair))
    .match(invisible);
  return found
    ? // Every pattern matches a whole code point: the match is never empty.
      `U+${(found[0].codePointAt(0) as number).toString(16).toUpperCase().padStart(4, "0")}`
    : undefined;
}
