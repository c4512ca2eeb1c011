import { CROCKFORD } from "./reserve-id.js";

/**
 * The millisecond a ULID was made (its first 10 characters, Crockford base32), or undefined for a string
 * that is no ULID. Written out, with reserveId, so that registration carries no ulid package;
 * test/unit/shared/domain/ulid-time.test.ts checks it against ulid's decodeTime.
 */
export function ulidTime(id: string): number | undefined {
  if (id.length !== 26) return undefined;
  let ms = 0;
  for (const char of id.slice(0, 10).toUpperCase()) {
    const digit = CROCKFORD.indexOf(char);
    if (digit < 0) return undefined;
    ms = ms * 32 + digit;
  }
  return ms <= 2 ** 48 - 1 ? ms : undefined;
}
