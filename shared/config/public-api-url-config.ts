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
