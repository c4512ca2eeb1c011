import { domainToASCII } from "node:url";

/** RFC 5321: a forward path holds at most 256 octets, its angle brackets included. */
const MAX_ADDRESS_CHARS = 254;

/** A dot-atom local part in ASCII (RFC 5322): no space, no quoting, nothing SES must escape. */
const ASCII_LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;

/** Host name labels (letters, digits, inner hyphens), at least two: what domainToASCII lets by is not all valid. */
const ASCII_DOMAIN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;

/**
 * An inbound sender's address as SES can put it in a header (SES has no SMTPUTF8): an internationalised
 * domain as punycode (RFC 5891, what SES asks for), or undefined when SES cannot take it: a local part
 * that is not ASCII (which only SMTPUTF8 carries), a domain that does not convert, or an
 * address too long for any server.
 */
export function sesReplyAddress(address: string): string | undefined {
  const at = address.lastIndexOf("@");
  if (at <= 0) return undefined;
  const local = address.slice(0, at);
  if (!ASCII_LOCAL_PART.test(local)) return undefined;
  // domainToASCII answers "" for some of what is no domain name, and lower-cases.
  const domain = domainToASCII(address.slice(at + 1));
  if (!ASCII_DOMAIN.test(domain)) return undefined;
  const ascii = `${local}@${domain}`;
  return ascii.length <= MAX_ADDRESS_CHARS ? ascii : undefined;
}
