import type { HttpEvent } from "../../shared/http/http-route.js";

/**
 * The API's public URL for links we hand out: `PUBLIC_API_URL` when set (the local stack sets it), else
 * the host this request came in on (API Gateway's `$default` stage has no path prefix).
 */
export function publicBaseUrl(event: HttpEvent, env = process.env): string {
  const configured = env.PUBLIC_API_URL?.replace(/\/+$/, "");
  return configured || `https://${event.requestContext.domainName}`;
}
