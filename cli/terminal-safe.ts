/**
 * Characters a terminal acts on rather than shows: C0/C1 controls (ESC starts colour, cursor and title
 * sequences), DEL, and the bidi and zero-width marks that make text read differently from what it is.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** One line of text from outside (the API's answers): controls become spaces, so it cannot drive the terminal. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, " ");
}

/** A whole API answer with every string in it made terminal-safe, before it is rendered as text. */
export function terminalSafeDeep<T>(value: T): T {
  if (typeof value === "string") return terminalSafe(value) as T;
  if (Array.isArray(value)) return value.map((v) => terminalSafeDeep(v)) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [
        terminalSafe(k),
        terminalSafeDeep(v),
      ]),
    ) as T;
  }
  return value;
}
