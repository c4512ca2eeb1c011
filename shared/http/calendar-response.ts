import { createHash } from "node:crypto";
import type { APIGatewayProxyStructuredResultV2 } from "aws-lambda";

/** The feed's entity tag: a digest of the exact text served (its DTSTAMPs are the steps' own, not the hour). */
const entityTagOf = (body: string) =>
  `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;

/**
 * Whether `If-None-Match` names this tag: a list of tags, weak or strong (`W/"..."`), or `*`; RFC 9110
 * 13.1.2 compares them weakly.
 */
function matches(ifNoneMatch: string | undefined, tag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  return ifNoneMatch.split(",").some((given) => {
    const t = given.trim();
    return t === "*" || t.replace(/^W\//, "") === tag;
  });
}

/**
 * An iCalendar feed as a calendar app fetches it: kept only by the app itself (private) and asked for again
 * every time (no-cache), with an ETag, so an app that polls it every few hours gets a 304 and no body while
 * nothing changed; never sniffed, never referred onward.
 */
export function calendarResponse(body: string, ifNoneMatch?: string): APIGatewayProxyStructuredResultV2 {
  const etag = entityTagOf(body);
  const headers = {
    etag,
    "cache-control": "private, no-cache",
    "referrer-policy": "no-referrer",
    "x-content-type-options": "nosniff",
  };
  if (matches(ifNoneMatch, etag)) return { statusCode: 304, headers, body: "" };
  return {
    statusCode: 200,
    headers: {
      ...headers,
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": 'inline; filename="interview-follow-ups.ics"',
    },
    body,
  };
}
