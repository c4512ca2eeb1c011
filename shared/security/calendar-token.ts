import { createHmac, timingSafeEqual } from "node:crypto";

export interface CalendarTokenClaim {
  owner: string;
  /** The owner's feed generation the token was issued for; revoking moves past it. */
  generation: number;
}

const LABEL = "calendar:";
const SIGNATURE_LENGTH = 32;
/** Lower-case hex only (some calendar clients lower-case URLs); the owner is at most 256 characters. */
const PATTERN = /^c-([0-9a-f]{2,2048})-([1-9][0-9]{0,9})-([0-9a-f]{32})$/;

const signature = (secret: string, ownerHex: string, generation: number) =>
  createHmac("sha256", secret)
    .update(`${LABEL}${ownerHex}:${generation}`)
    .digest("hex")
    .slice(0, SIGNATURE_LENGTH);

/**
 * The token of an owner's calendar feed URL: `c-<owner, hex>-<generation>-<signature>`, signed with the
 * same HMAC key as reply, unsubscribe and manage tokens under its own label, so no other token is ever
 * accepted as one. The signature only proves we issued it: whether it is still live is the generation
 * stored for the owner.
 */
export function calendarToken(secret: string, owner: string, generation: number): string {
  const ownerHex = Buffer.from(owner, "utf8").toString("hex");
  return `c-${ownerHex}-${generation}-${signature(secret, ownerHex, generation)}`;
}

/** Reads and verifies a token in constant time; undefined for anything forged, altered or malformed. */
export function verifyCalendarToken(secret: string, token: string): CalendarTokenClaim | undefined {
  if (token.length > 2100) return undefined;
  const m = PATTERN.exec(token.toLowerCase());
  if (!m) return undefined;
  const [, ownerHex = "", generationText = "", sig = ""] = m;
  const generation = Number(generationText);
  const expected = Buffer.from(signature(secret, ownerHex, generation));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  if (ownerHex.length % 2 !== 0) return undefined;
  return { owner: Buffer.from(ownerHex, "hex").toString("utf8"), generation };
}
