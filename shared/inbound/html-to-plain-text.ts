const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  rsquo: "’",
  lsquo: "‘",
  rdquo: "”",
  ldquo: "“",
  copy: "©",
  reg: "®",
  euro: "€",
  eacute: "é",
  egrave: "è",
  agrave: "à",
  auml: "ä",
  ouml: "ö",
  uuml: "ü",
  szlig: "ß",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const code =
        body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      // Lone surrogates and out-of-range code points would make an invalid string.
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
        return "";
      return String.fromCodePoint(code);
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/**
 * Plain text from HTML, for a message whose only text is HTML (Outlook and some mobile clients send no
 * text/plain part). Linear regex passes only: no DOM, nothing executed, so hostile markup costs what its length
 * costs. Block quotes become "> " lines so the quote stripper sees them as history.
 */
export function htmlToPlainText(html: string): string {
  let s = html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(script|style|head|title)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, "")
    .replace(/<br\b[^>]*>/gi, "\n")
    .replace(/<blockquote\b[^>]*>/gi, "\n\ue000")
    .replace(/<\/blockquote\s*>/gi, "\ue001\n")
    .replace(/<\/?(p|div|tr|li|h[1-6]|table|ul|ol|hr)\b[^>]*>/gi, "\n")
    .replace(/<[^>]*>/g, "");
  s = decodeEntities(s);
  // Prefix every line inside a block quote (nested quotes nest the prefix).
  let depth = 0;
  const out: string[] = [];
  for (const rawLine of s.split("\n")) {
    let line = rawLine;
    const opens = (line.match(/\ue000/g) ?? []).length;
    depth += opens;
    const prefixDepth = depth;
    depth = Math.max(0, depth - (line.match(/\ue001/g) ?? []).length);
    line = line
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
