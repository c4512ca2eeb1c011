import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { SourceMapJson } from "./escape-regex-literals.js";

/**
 * A built bundle's regex literals written in ASCII in its file, and its `.map` beside it, if any, moved to
 * match (scripts/escape-regex-literals.ts says why). A bundle already ASCII is left untouched, without
 * loading the parser (TypeScript's, 0.5 s). Answers how many characters were escaped.
 */
export async function makeBundleAsciiInPlace(file: string): Promise<number> {
  const code = readFileSync(file, "utf8");
  if (!/[\u0080-\uffff]/.test(code)) return 0;
  const { escapeRegexLiterals } = await import("./escape-regex-literals.js");
  const mapFile = `${file}.map`;
  const map = existsSync(mapFile) ? (JSON.parse(readFileSync(mapFile, "utf8")) as SourceMapJson) : undefined;
  const out = escapeRegexLiterals(code, map);
  if (out.escaped === 0) return 0;
  writeFileSync(file, out.code);
  if (out.map) writeFileSync(mapFile, JSON.stringify(out.map));
  return out.escaped;
}
