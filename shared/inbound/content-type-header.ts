/** A Content-Type header read: the lower-cased type and its parameters (lower-cased names, unquoted values). */
export interface ContentTypeHeader {
  type: string;
  params: Record<string, string>;
}

// One `; name=value` parameter: a quoted string (with backslash escapes) or a token up to the next `;`.
const PARAMETER = /;[ \t]*([^\s=;]+)[ \t]*=[ \t]*(?:"((?:[^"\\]|\\.)*)"|([^;]*))/g;

/**
 * Reads a Content-Type value (`multipart/report; report-type=delivery-status; boundary="x"`). An absent or
 * empty header is `text/plain` (RFC 2045 5.2). Comments are dropped; the first occurrence of a parameter wins.
 */
export function readContentType(value: string | undefined): ContentTypeHeader {
  const v = (value ?? "").replace(/\([^()]*\)/g, " ");
  const semicolon = v.indexOf(";");
  const type = (semicolon < 0 ? v : v.slice(0, semicolon)).trim().toLowerCase();
  const params: Record<string, string> = Object.create(null);
  if (semicolon >= 0) {
    for (const m of v.slice(semicolon).matchAll(PARAMETER)) {
      const name = (m[1] ?? "").toLowerCase();
      if (!Object.hasOwn(params, name)) params[name] = m[2]?.replace(/\\(.)/g, "$1") ?? (m[3] ?? "").trim();
    }
  }
  return { type: type === "" ? "text/plain" : type, params };
}
