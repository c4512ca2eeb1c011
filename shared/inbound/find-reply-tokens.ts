import { addressParser, type HeaderLine } from "postal-mime";
import { rawHeaderValues } from "./header-field-values.js";

// A step's reply address (r-...) or an interview's own address (i-...).
const TOKEN_LOCAL_PART = /^(r-[0-9a-z]{26}-s[0-9]{1,4}-[0-9a-f]{20}|i-[0-9a-z]{26}-[0-9a-f]{20})$/;
const TOKEN_HEADERS = ["to", "cc", "delivered-to", "x-original-to"];

/**
 * The reply tokens (local parts of our reply addresses) among the recipients a message was addressed or
 * delivered to, in header order, each once; only addresses at `replyDomain` count when it is given.
 */
export function findReplyTokens(lines: ReadonlyArray<HeaderLine>, replyDomain: string | undefined): string[] {
  const domain = replyDomain?.toLowerCase();
  const tokens: string[] = [];
  for (const key of TOKEN_HEADERS) {
    for (const value of rawHeaderValues(lines, key)) {
      for (const entry of addressParser(value, { flatten: true })) {
        const address = entry.address?.toLowerCase();
        const at = address?.lastIndexOf("@") ?? -1;
        if (!address || at < 0) continue;
        const local = address.slice(0, at);
        if (domain !== undefined && address.slice(at + 1) !== domain) continue;
        if (TOKEN_LOCAL_PART.test(local) && !tokens.includes(local)) tokens.push(local);
      }
    }
  }
  return tokens;
}
