import { createHash } from "node:crypto";
import { canonicalJson } from "../adapters/canonical-json.js";
import type { HttpEvent } from "./http-route.js";

/**
 * A digest of what a request asks for (method, path and body), to tell a retry of a request from another
 * request that reuses its Idempotency-Key. A JSON body counts by its content, as parsed, with object keys in
 * order: a client that serialises its retry again (another process, another library) may order the keys or
 * space them otherwise, and that is the same request. Any other body (or JSON too deep to walk) counts by
 * its bytes.
 */
export function requestFingerprint(
  event: Pick<HttpEvent, "body" | "isBase64Encoded" | "rawPath" | "requestContext">,
): string {
  const bytes =
    event.body === undefined || event.body === null
      ? Buffer.alloc(0)
      : Buffer.from(event.body, event.isBase64Encoded ? "base64" : "utf8");
  return createHash("sha256")
    .update(`${event.requestContext?.http?.method ?? ""} ${event.rawPath ?? ""}\n`)
    .update(contentOf(bytes))
    .digest("base64url");
}

function contentOf(bytes: Buffer): string | Buffer {
  if (bytes.length === 0) return bytes;
  try {
    // TextDecoder drops a leading byte order mark, as the route's body parser does.
    return `json:${canonicalJson(JSON.parse(new TextDecoder().decode(bytes)))}`;
  } catch {
    // Not JSON, or nested deeper than the walk's stack: the bytes as sent.
    return Buffer.concat([Buffer.from("raw:"), bytes]);
  }
}
