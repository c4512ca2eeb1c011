import type { HttpEvent } from "./http-route.js";

/**
 * The API's public URL for links we hand out: the configured one when set (the local stack and the CDK app
 * set the publicApiUrl configuration piece), else the host this request came in on (API Gateway's `$default` stage has no path
 * prefix).
 */
export function publicBaseUrl(event: HttpEvent, configured: string | undefined): string {
  return configured?.replace(/\/+$/, "") || `https://${event.requestContext.domainName}`;
}
