/** One tag of a mustache template: its type (`name`, `#`, `^`, `/`, `&`, `>`, `=`, `!`) and its value. */
export interface MustacheTag {
  type: string;
  value: string;
}

const WHITE = /\s*/;
const EQUALS = /\s*=/;
const CURLY = /\s*\}/;
const TAG_TYPE = /#|\^|\/|>|\{|&|=|!/;

const escapeRegExp = (text: string) => text.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");

/**
 * The tags of a template in document order, read exactly as mustache.js 4.2 parses it (its parseTemplate,
 * without the text and whitespace bookkeeping, which changes no tag), throwing mustache's own errors
 * ("Unclosed tag at 12", 'Unopened section "x" at 3', 'Unclosed section "x" at 40', "Invalid tags: x").
 * The API checks templates with it so the routes that only validate templates carry no mustache (6.5 KB);
 * the sender still renders with mustache, and test/unit/shared/mail/mustache-tags.test.ts checks this
 * reader against mustache's parser on random templates.
 */
export function mustacheTags(template: string): MustacheTag[] {
  if (!template) return [];
  let tail = template;
  let pos = 0;
  const scan = (re: RegExp): string => {
    const m = re.exec(tail);
    if (m?.index !== 0) return "";
    tail = tail.slice(m[0].length);
    pos += m[0].length;
    return m[0];
  };
  const scanUntil = (re: RegExp): string => {
    const index = tail.search(re);
    const match = index === -1 ? tail : tail.slice(0, index);
    tail = index === -1 ? "" : tail.slice(index);
    pos += match.length;
    return match;
  };
  let opening = /\{\{\s*/;
  let closing = /\s*\}\}/;
  let closingCurly = /\s*\}\}\}/;
  const compileTags = (spec: string) => {
    const tags = spec.split(/\s+/, 2);
    if (tags.length !== 2) throw new Error(`Invalid tags: ${tags}`);
    const [open = "", close = ""] = tags;
    opening = new RegExp(`${escapeRegExp(open)}\\s*`);
    closing = new RegExp(`\\s*${escapeRegExp(close)}`);
    closingCurly = new RegExp(`\\s*${escapeRegExp(`}${close}`)}`);
  };

  const tags: MustacheTag[] = [];
  const sections: string[] = [];
  while (tail !== "") {
    scanUntil(opening);
    const start = pos;
    if (!scan(opening)) break;
    let type = scan(TAG_TYPE) || "name";
    scan(WHITE);
    let value: string;
    if (type === "=") {
      value = scanUntil(EQUALS);
      scan(EQUALS);
      scanUntil(closing);
    } else if (type === "{") {
      value = scanUntil(closingCurly);
      scan(CURLY);
      scanUntil(closing);
      type = "&";
    } else {
      value = scanUntil(closing);
    }
    if (!scan(closing)) throw new Error(`Unclosed tag at ${pos}`);
    tags.push({ type, value });
    if (type === "#" || type === "^") sections.push(value);
    else if (type === "/") {
      const open = sections.pop();
      if (open === undefined) throw new Error(`Unopened section "${value}" at ${start}`);
      if (open !== value) throw new Error(`Unclosed section "${open}" at ${start}`);
    } else if (type === "=") compileTags(value);
  }
  const open = sections.pop();
  if (open !== undefined) throw new Error(`Unclosed section "${open}" at ${pos}`);
  return tags;
}
