import { PLAIN_REPLY_TOKEN_PIECE, PLAIN_TABLE_PIECE } from "../../shared/config/plain-pieces.js";
import { calendarFeedEntry } from "../../shared/entries/entry-catalogue.js";
import { calendarResponse } from "../../shared/http/calendar-response.js";
import { httpRoute } from "../../shared/http/http-route.js";
import { readCalendarFeed } from "../../shared/use-cases/calendar-feed-access.js";
import { calendarFeedClaim } from "../wiring/calendar-feed-claim.js";
import { calendarFeedDeps } from "../wiring/calendar-feed-deps.js";
import { lazy } from "../wiring/lazy.js";
import { plainEntryConfigOf } from "../wiring/plain-entry-config-of.js";

const config = plainEntryConfigOf(calendarFeedEntry, {
  table: PLAIN_TABLE_PIECE,
  replyToken: PLAIN_REPLY_TOKEN_PIECE,
});
const deps = lazy(() => calendarFeedDeps(config));
const claimOf = calendarFeedClaim(config);

/**
 * `GET /calendar/{token}.ics`; a forged, malformed, revoked or replaced token answers 404 alike, and an
 * `If-None-Match` with the feed's current ETag a 304.
 */
export const handler = httpRoute({ auth: false }, async ({ params, event }) =>
  calendarResponse(
    await readCalendarFeed(deps(), await claimOf(params.token)),
    event.headers?.["if-none-match"],
  ),
);
