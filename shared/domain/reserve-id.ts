import { randomFillSync } from "node:crypto";

/** The 32 characters of a ULID, in order (Crockford's base32). */
export const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/**
 * A ULID for `ms` (10 characters of time, 16 random), as ulid's `ulid(ms)` makes one: a new interview's
 * id, or the id an Idempotency-Key reserves for what its request may create. Written out (12 lines) so
 * that no Lambda carries the ulid package (2.8 KB); test/unit/shared/domain/reserve-id.test.ts checks it
 * against ulid's decodeTime. A new interview's id comes through nextUlid, which keeps one process's ids
 * in order.
 */
export function reserveId(ms: number): string {
  if (!Number.isInteger(ms) || ms < 0 || ms > 2 ** 48 - 1) throw new Error(`Not a ULID time: ${ms}`);
  let time = "";
  for (let i = 0, t = ms; i < 10; i++, t = Math.floor(t / 32)) time = CROCKFORD.charAt(t % 32) + time;
  let random = "";
  // 256 is a multiple of 32: each byte gives an evenly drawn character. node:crypto's, not the global
  // `crypto` (Web Crypto): its first use loads Node's webcrypto module, 1-4 ms of a cold start's request.
  for (const byte of randomFillSync(new Uint8Array(16))) random += CROCKFORD.charAt(byte % 32);
  return time + random;
}
