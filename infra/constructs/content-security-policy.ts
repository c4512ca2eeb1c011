/**
 * The web app's Content-Security-Policy: its own files only (no inline script or style, no other site's
 * fonts, scripts or trackers), calls to its own origin and to `connectOrigins` (the API, the sign-in's token
 * endpoint), and never framed. Origins may be deploy-time tokens.
 */
export function contentSecurityPolicy(connectOrigins: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src ${["'self'", ...connectOrigins].join(" ")}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "upgrade-insecure-requests",
  ].join("; ");
}
