/** What a Message-ID domain set in the configuration may be: letters, digits, dots and hyphens. */
export const MESSAGE_ID_DOMAIN_PATTERN = /^[a-z0-9.-]+$/i;

/** SES's Message-ID domain: `email.amazonses.com` in us-east-1, `<region>.amazonses.com` elsewhere. */
export function sesMessageIdDomain(region = "us-east-1"): string {
  return region === "us-east-1" ? "email.amazonses.com" : `${region}.amazonses.com`;
}
