const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/**
 * A ULID for `ms` (10 characters of time, 16 random), as ulid's `ulid(ms)` makes one: the id an
 * Idempotency-Key reserves for what its request may create. Written out (12 lines) so that the routes
 * that take keys but create nothing (update, stop, snooze) do not carry the ulid package (2 KB);
 * test/unit/shared/http/reserve-id.test.ts checks it against ulid's decodeTime.
 */
export function reserveId(ms: number): string {
  if (!Number.isInteger(ms) || ms < 0 || ms > 2 ** 48 - 1) throw new Error(`Not a ULID time: ${ms}`);
  let time = "";
  for (let i = 0, t = ms; i < 10; i++, t = Math.floor(t / 32)) time = CROCKFORD.charAt(t % 32) + time;
  let random = "";
  // 256 is a multiple of 32: each byte gives an evenly drawn character.
  for (const byte of crypto.getRandomValues(new Uint8Array(16))) random += CROCKFORD.charAt(byte % 32);
  return time + random;
}
