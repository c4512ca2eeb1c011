/**
 * Headers of the pages behind signed links in emails (unsubscribe, stop/snooze): no scripts, no Referer
 * (the token is in the URL), never framed or cached.
 */
export const LINK_PAGE_HEADERS = {
  "content-type": "text/html; charset=utf-8",
  "cache-control": "no-store",
  "referrer-policy": "no-referrer",
  "x-content-type-options": "nosniff",
  "content-security-policy":
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
} as const;

/** Headers of the manage page (shared/pages/manage-page-html.ts): those of every page behind a signed link. */
export const MANAGE_PAGE_HEADERS = LINK_PAGE_HEADERS;
