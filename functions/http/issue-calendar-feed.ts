import { calendarFeedLinks } from "../../shared/api/calendar-feed-links.js";
import { emptyBodySchema } from "../../shared/api/empty-body-schema.js";
import {
  PLAIN_PUBLIC_API_URL_PIECE,
  PLAIN_REPLY_TOKEN_PIECE,
  PLAIN_TABLE_PIECE,
} from "../../shared/config/plain-pieces.js";
import { issueCalendarFeedEntry } from "../../shared/entries/entry-catalogue.js";
import { httpRoute } from "../../shared/http/http-route.js";
import { jsonResponse } from "../../shared/http/json-response.js";
import { issueCalendarFeed } from "../../shared/use-cases/calendar-feed-access.js";
import { calendarFeedDeps, feedBaseUrl } from "../wiring/calendar-feed-deps.js";
import { calendarFeedSigner } from "../wiring/calendar-feed-signer.js";
import { lazy } from "../wiring/lazy.js";
import { plainEntryConfigOf } from "../wiring/plain-entry-config-of.js";

const config = plainEntryConfigOf(issueCalendarFeedEntry, {
  table: PLAIN_TABLE_PIECE,
  replyToken: PLAIN_REPLY_TOKEN_PIECE,
  publicApiUrl: PLAIN_PUBLIC_API_URL_PIECE,
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
