import * as z from "zod/mini";

/**
 * The HTTP API's public base URL. When set, emails to contacts carry a one-click unsubscribe link
 * (List-Unsubscribe, RFC 8058) under it, reminders to the candidate a link to stop or snooze the chain,
 * and an unverified message forwarded to the candidate links a reminder's Stop page; without it they carry
 * none rather than a broken one.
 */
export const publicApiUrlConfigShape = () => ({
  PUBLIC_API_URL: z.optional(
    z.pipe(
      z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }),
      z.transform((u) => u.replace(/\/+$/, "")),
    ),
  ),
});
export interface PublicApiUrlConfig {
  publicApiUrl?: string | undefined;
}
export const readPublicApiUrlConfig = (
  c: z.infer<z.ZodMiniObject<ReturnType<typeof publicApiUrlConfigShape>>>,
): PublicApiUrlConfig => ({ publicApiUrl: c.PUBLIC_API_URL });

/**
 * What the reader takes as it is: http(s)://, a host of letters, digits, dots and hyphens, an optional port
 * and a path of unreserved characters. zod's url check (above) takes more; any other value is its to read.
 */
const PLAIN_HTTP_URL = /^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?(?:\/[\w.~/-]*)?$/i;

/**
 * The variable as its schema gives it (left out when unset; without its trailing slashes), read without zod
 * when it is a plain http(s) URL the URL parser reads (plain-pieces.ts).
 */
export function plainPublicApiUrlConfig(
  env: Record<string, string | undefined>,
): { PUBLIC_API_URL?: string } | undefined {
  const url = env.PUBLIC_API_URL;
  if (url === undefined) return {};
  if (!PLAIN_HTTP_URL.test(url) || URL.parse(url) === null) return undefined;
  return { PUBLIC_API_URL: url.replace(/\/+$/, "") };
}
