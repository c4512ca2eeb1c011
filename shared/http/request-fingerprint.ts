import { createHash } from "node:crypto";
import type { HttpEvent } from "./http-route.js";

/**
 * A digest of what a request asks for (method, path and body bytes), to tell a retry of a request from
 * another request that reuses its Idempotency-Key. The body is compared as sent: a client retries with the
 * very bytes it sent the first time.
 */
export function requestFingerprint(
  event: Pick<HttpEvent, "body" | "isBase64Encoded" | "rawPath" | "requestContext">,
): string {
  const body =
    event.body === undefined || event.body === null
      ? Buffer.alloc(0)
      : Buffer.from(event.body, event.isBase64Encoded ? "base64" : "utf8");
  return createHash("sha256")
    .update(`${event.requestContext?.http?.method ?? ""} ${event.rawPath ?? ""}\n`)
    .update(body)
    .digest("base64url");
}
