import { readContentType } from "./content-type-header.js";

// A delimiter line: "--" and a boundary of RFC 2046's characters (at most 70), alone on its line.
const DELIMITER =
  /^--([0-9A-Za-z'()+_,./:=?-][0-9A-Za-z'()+_,./:=? -]{0,68}[0-9A-Za-z'()+_,./:=?-]|[0-9A-Za-z'()+_,./:=?-])[ \t]*$/;
// What a part starts with: one of its MIME header fields.
const PART_HEADER = /^Content-(Type|Transfer-Encoding|Disposition)[ \t]*:/i;
const CONTENT_TYPE_FIELD = /^Content-Type[ \t]*:.*(?:\r?\n[ \t].*)*/im;
const MAX_SCANNED_LINES = 2000;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The header block with its Content-Type's boundary replaced by the one the body uses, or undefined when the
 * body shows none or the declared one. The body's boundary is the first delimiter line that opens a part (a
 * Content-* header right below it) and comes back later (another part or the close): a signature's "-- " or
 * a rule of dashes in a plain notice is no boundary. Other Content-Type parameters are kept.
 */
export function repairMultipartBoundary(head: string, rawBody: string): string | undefined {
  const lines = rawBody.split(/\r?\n/, MAX_SCANNED_LINES);
  const field = CONTENT_TYPE_FIELD.exec(head);
  if (!field) return undefined;
  const ct = readContentType(field[0].slice(field[0].indexOf(":") + 1).replace(/\r?\n[ \t]+/g, " "));
  for (let i = 0; i < lines.length - 1; i++) {
    const used = DELIMITER.exec(lines[i] ?? "")?.[1];
    if (used === undefined || !PART_HEADER.test(lines[i + 1] ?? "")) continue;
    if (used === ct.params.boundary) return undefined;
    const again = new RegExp(`^--${escapeRegExp(used)}(--)?[ \\t]*$`);
    if (!lines.slice(i + 2).some((l) => again.test(l))) return undefined;
    const params = Object.entries(ct.params)
      .filter(([name]) => !name.startsWith("boundary"))
      .map(
        ([name, value]) =>
          `; ${name}=${/^[\w.-]+$/.test(value) ? value : `"${value.replace(/["\\]/g, "\\$&")}"`}`,
      )
      .join("");
    const repaired = `Content-Type: ${ct.type}${params}; boundary="${used}"`;
    return head.slice(0, field.index) + repaired + head.slice(field.index + field[0].length);
  }
  return undefined;
}
