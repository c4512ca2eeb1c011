import { decode, encode } from "@jridgewell/sourcemap-codec";
import ts from "typescript";

/** A source map as esbuild writes it (version 3); only `mappings` is read or changed. */
export interface SourceMapJson {
  mappings: string;
  [field: string]: unknown;
}

export interface EscapedBundle {
  code: string;
  /** The map with every generated column after an escape moved by what the escape added. */
  map: SourceMapJson | undefined;
  /** Characters (UTF-16 code units) written as `\uXXXX`. */
  escaped: number;
}

/** One replacement in the generated code: `length` code units at `at` become `text`. */
interface Edit {
  at: number;
  length: number;
  text: string;
}

const NON_ASCII = /[\u0080-\uffff]/;

/**
 * A bundle's regex literals with every non-ASCII character written as a `\uXXXX` escape, and its source map
 * moved to match. V8 holds a script's source as one-byte text only while every character is ASCII; esbuild
 * escapes strings, templates and identifiers, but writes regex literals as they are in the source (the
 * multilingual reply and bounce patterns of the inbound parser, email-reply-parser's quote headers), so one
 * such pattern made V8 decode and hold the whole inbound bundle as two-byte text.
 *
 * An escape means the same character in a regex literal with or without the `u` or `v` flag, in a class
 * and in a range; an astral character becomes its two surrogate escapes, which a `u` pattern reads as one
 * code point and any other as the two code units it was. An identity escape (`\é`, only valid without `u`)
 * becomes the escape alone. Anything else non-ASCII (a legal comment, a raw template) is left as it is: its
 * text is what the code reads.
 */
export function escapeRegexLiterals(code: string, map?: SourceMapJson): EscapedBundle {
  if (!NON_ASCII.test(code)) return { code, map, escaped: 0 };
  const edits = regexLiteralEdits(code);
  if (edits.length === 0) return { code, map, escaped: 0 };
  let out = "";
  let from = 0;
  for (const edit of edits) {
    out += code.slice(from, edit.at) + edit.text;
    from = edit.at + edit.length;
  }
  out += code.slice(from);
  return {
    code: out,
    map: map && { ...map, mappings: movedMappings(code, map.mappings, edits) },
    escaped: edits.length,
  };
}

function regexLiteralEdits(code: string): Edit[] {
  const file = ts.createSourceFile("bundle.mjs", code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const edits: Edit[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const start = node.getStart(file);
      const text = code.slice(start, node.end);
      if (NON_ASCII.test(text)) edits.push(...escapesIn(text, start));
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return edits;
}

function escapesIn(literal: string, offset: number): Edit[] {
  const edits: Edit[] = [];
  for (let i = 0; i < literal.length; i++) {
    const unit = literal.charCodeAt(i);
    if (unit < 0x80) continue;
    const text = `\\u${unit.toString(16).toUpperCase().padStart(4, "0")}`;
    let slashes = 0;
    while (literal[i - 1 - slashes] === "\\") slashes++;
    // `\é` is é escaped for nothing: `\\u00E9` would be a backslash and the letters u00E9.
    if (slashes % 2 === 1) edits.push({ at: offset + i - 1, length: 2, text });
    else edits.push({ at: offset + i, length: 1, text });
  }
  return edits;
}

/**
 * Every mapping segment's generated column moved right by what the edits before it on its line added.
 * Segments start at tokens, never inside a regex literal, so no segment falls within an edit.
 */
function movedMappings(code: string, mappings: string, edits: Edit[]): string {
  const lines = decode(mappings);
  const lineStarts = [0];
  for (let i = code.indexOf("\n"); i >= 0; i = code.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  let line = 0;
  const byLine = new Map<number, Array<{ column: number; added: number }>>();
  for (const edit of edits) {
    while (line + 1 < lineStarts.length && (lineStarts[line + 1] ?? 0) <= edit.at) line++;
    const column = edit.at - (lineStarts[line] ?? 0);
    const list = byLine.get(line) ?? [];
    list.push({ column, added: edit.text.length - edit.length });
    byLine.set(line, list);
  }
  for (const [index, shifts] of byLine) {
    const segments = lines[index];
    if (segments === undefined) continue;
    // Both are in column order: esbuild writes each line's segments so, and the edits come in text order.
    let next = 0;
    let added = 0;
    for (const segment of segments) {
      for (; next < shifts.length && (shifts[next]?.column ?? 0) < segment[0]; next++)
        added += shifts[next]?.added ?? 0;
      segment[0] += added;
    }
  }
  return encode(lines);
}
