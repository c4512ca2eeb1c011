import { calendarFeedLinks } from "../../shared/api/calendar-feed-links.js";
import { emptyBodySchema } from "../../shared/api/empty-body-schema.js";
import { PUBLIC_API_URL_PIECE, REPLY_TOKEN_PIECE, TABLE_PIECE } from "../../shared/config/config-pieces.js";
import { issueCalendarFeedEntry } from "../../shared/entries/entry-catalogue.js";
import { httpRoute } from "../../shared/http/http-route.js";
import { jsonResponse } from "../../shared/http/json-response.js";
import { issueCalendarFeed } from "../../shared/use-cases/calendar-feed-access.js";
import { calendarFeedDeps, feedBaseUrl } from "../wiring/calendar-feed-deps.js";
import { calendarFeedSigner } from "../wiring/calendar-feed-signer.js";
import { entryConfigOf } from "../wiring/entry-config-of.js";
import { lazy } from "../wiring/lazy.js";

const config = entryConfigOf(issueCalendarFeedEntry, {
  table: TABLE_PIECE,
  replyToken: REPLY_TOKEN_PIECE,
  publicApiUrl: PUBLIC_API_URL_PIECE,
});
const deps = lazy(() => calendarFeedDeps(config));
const baseUrl = feedBaseUrl(config);
const sign = calendarFeedSigner(config);

/**
 * The caller's calendar feed URL, to subscribe to in a calendar app. The same URL while it is live (a
 * second call does not break a subscription); after `DELETE /calendar-token`, a new one. It takes no body
 * but `{}`: a field in it is refused, named.
 */
export const handler = httpRoute(
  { auth: true, body: emptyBodySchema, optionalBody: true },
  async ({ owner, event }) => {
    const token = await sign(owner, await issueCalendarFeed(deps(), owner));
    return jsonResponse(200, calendarFeedLinks(baseUrl(event), token));
  },
);
