import { ENTRIES } from "../../shared/entries/entry-catalogue.js";
import { NotFoundError } from "../../shared/errors/app-error.js";
import { httpRoute } from "../../shared/http/http-route.js";
import { verifyCalendarToken } from "../../shared/security/calendar-token.js";
import { readCalendarFeed } from "../../shared/use-cases/calendar-feed-access.js";
import { replyTokenSecret } from "../clients/reply-token-secret.js";
import { calendarFeedDeps } from "../wiring/calendar-feed-deps.js";
import { entryConfig } from "../wiring/entry-config.js";
import { lazy } from "../wiring/lazy.js";

const config = entryConfig(ENTRIES.calendarFeed);
const deps = lazy(() => calendarFeedDeps(config));

const SUFFIX = ".ics";

/**
 * `GET /calendar/{token}.ics`: the owner's steps as an iCalendar feed. Public, because calendar apps
 * subscribe without signing in; the signed token is the capability. A forged, malformed, revoked or
 * replaced token answers 404 alike, so a guesser learns nothing.
 */
export const handler = httpRoute({ auth: false, ignoreBody: true }, async ({ params }) => {
  const raw = params.token ?? "";
  if (!raw.toLowerCase().endsWith(SUFFIX)) throw new NotFoundError("Calendar feed");
  const claim = verifyCalendarToken(await replyTokenSecret(config), raw.slice(0, -SUFFIX.length));
  const body = await readCalendarFeed(deps(), claim);
  return {
    statusCode: 200,
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": 'inline; filename="interview-follow-ups.ics"',
      "cache-control": "private, no-store",
      "referrer-policy": "no-referrer",
      "x-content-type-options": "nosniff",
    },
    body,
  };
});
