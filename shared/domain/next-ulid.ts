import { CROCKFORD, reserveId } from "./reserve-id.js";

let last: { ms: number; id: string } | undefined;

/** The id after `id` in the same millisecond: its random part plus one (base32). */
function incremented(id: string): string {
  const chars = [...id];
  for (let i = chars.length - 1; i >= 10; i--) {
    const digit = CROCKFORD.indexOf(chars[i] ?? "");
    if (digit < 31) {
      chars[i] = CROCKFORD.charAt(digit + 1);
      return chars.join("");
    }
    chars[i] = "0";
  }
  throw new Error("No ULID left in this millisecond");
}

/**
 * A new ULID for `ms` that sorts after every one this process made before, as ulid's monotonic factory
 * makes them: in the same millisecond (or a clock that stepped back) the last id's random part plus one.
 * Two interviews registered in one millisecond thus list newest first by their `createdAt#id` keys.
 */
export function nextUlid(ms: number): string {
  last =
    last !== undefined && ms <= last.ms
      ? { ms: last.ms, id: incremented(last.id) }
      : { ms, id: reserveId(ms) };
  return last.id;
}
