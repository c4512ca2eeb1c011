/** The longest token subject (`sub`) the API serves; identity providers use ids far shorter (a UUID is 36). */
export const MAX_OWNER_CHARS = 256;
/**
 * The owner goes, URI-encoded, into DynamoDB keys such as `APP#<owner>#<application>` (at most 2,048 bytes
 * for a partition key); a non-ASCII character takes up to 9 bytes encoded, so the encoded form is bounded too.
 */
const MAX_ENCODED_OWNER_BYTES = 768;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * True for a token subject that can own interviews: 1-256 characters of well-formed text with no control
 * characters, short enough once encoded to fit every key it is part of. API Gateway's JWT authorizer
 * checks the signature, issuer and audience, but bounds nothing in the claims.
 */
export function isServableOwner(owner: string): boolean {
  if (owner.length === 0 || owner.length > MAX_OWNER_CHARS || CONTROL_CHARS.test(owner)) return false;
  try {
    return encodeURIComponent(owner).length <= MAX_ENCODED_OWNER_BYTES;
  } catch {
    // A lone surrogate: encodeURIComponent throws URIError.
    return false;
  }
}
