import { decodeHtmlEntities } from "./decode-html-entities.js";

// Elements whose content is not text a person reads.
const HIDDEN = new Set(["script", "style", "head", "title"]);
// Elements that start a new line.
const BLOCK = new Set([
  "p",
  "div",
  "tr",
  "li",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "table",
  "ul",
  "ol",
  "hr",
]);
// Quote marks beyond this depth add nothing: the line is history either way (and hostile nesting stays small).
const MAX_QUOTE_DEPTH = 8;
const QUOTE_OPEN = "\ue000";
const QUOTE_CLOSE = "\ue001";

/** What a tag (the text between `<` and `>`) becomes in the text. */
function tagText(tag: string): string {
  const m = /^(\/?)([a-zA-Z][a-zA-Z0-9]*)/.exec(tag);
  const name = m?.[2]?.toLowerCase() ?? "";
  if (name === "br") return "\n";
  if (name === "blockquote") return m?.[1] ? `${QUOTE_CLOSE}\n` : `\n${QUOTE_OPEN}`;
  return BLOCK.has(name) ? "\n" : "";
}

/**
 * The text of the markup with tags, comments and hidden elements removed and line breaks where blocks end,
 * entities still encoded. One pass: every search starts where the last one ended, or is not repeated once it
 * failed, so hostile markup (thousands of unclosed `<style>`, `<!--` or `<`) costs what its length costs.
 */
function stripMarkup(html: string): string {
  const out: string[] = [];
  const unclosed = new Set<string>();
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt < 0) break;
    out.push(html.slice(i, lt));
    // As in HTML, only a letter, "/", "!" or "?" after "<" opens a tag: "1 < 2" is text.
    if (!/[A-Za-z/!?]/.test(html.charAt(lt + 1))) {
      out.push("<");
      i = lt + 1;
      continue;
    }
    if (html.startsWith("<!--", lt) && !unclosed.has("--")) {
      const end = html.indexOf("-->", lt + 4);
      if (end >= 0) {
        i = end + 3;
        continue;
      }
      unclosed.add("--");
    }
    const gt = html.indexOf(">", lt + 1);
    if (gt < 0) {
      // No tag ends after this point: the rest is text.
      i = lt;
      break;
    }
    const tag = html.slice(lt + 1, gt);
    const name = /^([a-zA-Z][a-zA-Z0-9]*)/.exec(tag)?.[1]?.toLowerCase() ?? "";
    if (HIDDEN.has(name) && !unclosed.has(name)) {
      const close = new RegExp(`</${name}\\s*>`, "gi");
      close.lastIndex = gt + 1;
      const m = close.exec(html);
      if (m) {
        i = m.index + m[0].length;
        continue;
      }
      unclosed.add(name);
    }
    out.push(tagText(tag));
    i = gt + 1;
  }
  out.push(html.slice(i));
  return out.join("");
}

/**
 * Plain text from HTML, for a message whose only text is HTML (Outlook and some mobile clients send no
 * text/plain part). No DOM, nothing executed; linear in the length of the markup. Block quotes become "> "
 * lines so the quote stripper sees them as history.
 */
export function htmlToPlainText(html: string): string {
  const s = decodeHtmlEntities(stripMarkup(html));
  // Prefix every line inside a block quote (nested quotes nest the prefix).
  let depth = 0;
  const out: string[] = [];
  for (const rawLine of s.split("\n")) {
    const opens = rawLine.split(QUOTE_OPEN).length - 1;
    depth += opens;
    const prefixDepth = Math.min(depth, MAX_QUOTE_DEPTH);
    depth = Math.max(0, depth - (rawLine.split(QUOTE_CLOSE).length - 1));
    const line = rawLine
      .replace(/[\ue000\ue001]/g, "")
      .replace(/[ \t\u00a0]+/g, " ")
      .trim();
    out.push(prefixDepth > 0 && line !== "" ? `${"> ".repeat(prefixDepth)}${line}` : line);
  }
  return out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
