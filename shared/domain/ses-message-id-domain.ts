/** SES's Message-ID domain: `email.amazonses.com` in us-east-1, `<region>.amazonses.com` elsewhere. */
export function sesMessageIdDomain(region = "us-east-1"): string {
  return region === "us-east-1" ? "email.amazonses.com" : `${region}.amazonses.com`;
}
