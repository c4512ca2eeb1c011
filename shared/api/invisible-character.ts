// What Unicode says renders as nothing (Default_Ignorable_Code_Point): bidi marks, embeddings, overrides and
// isolates (an RTL override in a name reached the From display name, turning "Sam" into what it is not),
// zero-width characters and joiners, the soft hyphen, invisible operators, the Mongolian vowel separator,
// Hangul fillers (a name made of U+3164 looks blank) and tag characters (ASCII hidden in plain sight). No
// name or subject needs them, except inside what renders as one visible symbol, which ALLOWED spells out.
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;

const ALLOWED = new RegExp(
  [
    // The joiner inside an emoji sequence (woman + ZWJ + laptop), which renders as one emoji.
    String.raw`(?<=\p{Extended_Pictographic}|\p{Emoji_Modifier}|\ufe0f)\u200d(?=\p{Extended_Pictographic})`,
    // A variation selector right after a visible character: it picks that character's glyph (an emoji's
    // presentation, a keycap, a kanji's variant in a Japanese name, a Mongolian letter's form).
    String.raw`(?<=[\p{L}\p{N}\p{P}\p{S}])[\u180b-\u180d\u180f\ufe00-\ufe0f\u{e0100}-\u{e01ef}]`,
    // A subdivision flag (Scotland, Wales, California): a black flag, the subdivision's code (3 to 7 letters
    // or digits, CLDR) in tag characters, then the cancel tag (UTS #51 emoji_tag_sequence). Nothing longer.
    String.raw`(?<=\u{1f3f4})[\u{e0030}-\u{e0039}\u{e0061}-\u{e007a}]{3,7}\u{e007f}`,
  ].join("|"),
  "gu",
);

/** The first invisible character of `text` outside an emoji or a variation sequence, as "U+200E"; or undefined. */
export function invisibleCharacterIn(text: string): string | undefined {
  const found = INVISIBLE.exec(text.replace(ALLOWED, ""));
  return found
    ? `U+${(found[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`
    : undefined;
}
