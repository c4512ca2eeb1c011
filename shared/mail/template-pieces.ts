/**
 * What a tag is, by the character that opens it (the mustache spec's tag kinds; mustache(5)): a section,
 * an inverted section, a section's end, a comment, a partial, unescaped output (`&`, or `{{{ }}}`, which
 * is reported as `&`), a delimiter change; any other tag is a plain `name`, output escaped.
 */
export type TagType = "name" | "#" | "^" | "/" | "!" | ">" | "&" | "=";

/** A template as mustache reads it, in document order: the text between tags, and each tag. */
export type TemplatePiece = { text: string } | { type: TagType; name: string };

const TYPED = "#^/!>&={";
const BLANK = /\s/;

/**
 * The pieces of a template, read by the mustache spec's grammar (https://github.com/mustache/spec):
 * `{{` opens a tag and `}}` closes it; blanks may stand inside a tag around its type and name; `{{{name}}}`
 * closes with `}}}`; `{{=<% %>=}}` makes `<%` and `%>` the delimiters for what follows. Written for the
 * template checks of the routes that take a candidate's wording (mustache renders them, in the sender
 * only); a differential test holds it to mustache's own parser, errors and their words included.
 *
 * @throws Error naming what does not parse: "Unclosed tag", `Unopened section "x"`, `Unclosed section
 *   "x"`, "Invalid tags: x" (mustache's words, without its " at <position>").
 */
export function templatePieces(template: string): TemplatePiece[] {
  const pieces: TemplatePiece[] = [];
  const open: string[] = [];
  let [start, end] = ["{{", "}}"];
  let at = 0;
  /** Where `close` is next found from `from`, and where the blanks before it begin; a tag left open throws. */
  const closing = (close: string, from: number): { before: number; after: number } => {
    const found = template.indexOf(close, from);
    if (found < 0) throw new Error("Unclosed tag");
    let before = found;
    while (before > from && BLANK.test(template.charAt(before - 1))) before--;
    return { before, after: found + close.length };
  };
  const skipBlanks = (from: number) => {
    let i = from;
    while (i < template.length && BLANK.test(template.charAt(i))) i++;
    return i;
  };
  for (;;) {
    const tag = template.indexOf(start, at);
    const text = template.slice(at, tag < 0 ? undefined : tag);
    if (text !== "") pieces.push({ text });
    if (tag < 0) break;
    let i = skipBlanks(tag + start.length);
    const sigil = template.charAt(i);
    const typed = sigil !== "" && TYPED.includes(sigil);
    if (typed) i = skipBlanks(i + 1);
    let name: string;
    if (sigil === "=") {
      // The new delimiters run to the first `=`; the tag then ends at the next closing delimiter.
      const equals = closing("=", i);
      name = template.slice(i, equals.before);
      at = closing(end, equals.after).after;
    } else {
      const close = closing(sigil === "{" ? `}${end}` : end, i);
      name = template.slice(i, close.before);
      at = close.after;
    }
    const type: TagType = !typed ? "name" : sigil === "{" ? "&" : (sigil as TagType);
    if (type === "/") {
      const section = open.pop();
      if (section === undefined) throw new Error(`Unopened section "${name}"`);
      if (section !== name) throw new Error(`Unclosed section "${section}"`);
    } else pieces.push({ type, name });
    if (type === "#" || type === "^") open.push(name);
    if (type === "=") {
      const delimiters = name.split(/\s+/, 2);
      if (delimiters.length !== 2) throw new Error(`Invalid tags: ${delimiters.join(",")}`);
      [start, end] = delimiters as [string, string];
    }
  }
  const unclosed = open.pop();
  if (unclosed !== undefined) throw new Error(`Unclosed section "${unclosed}"`);
  return pieces;
}
