import { calendarFeedLinks } from "../../shared/api/calendar-feed-links.js";
import { issueCalendarFeedEntry } from "../../shared/entries/entry-catalogue.js";
import { httpRoute } from "../../shared/http/http-route.js";
import { jsonResponse } from "../../shared/http/json-response.js";
import { issueCalendarFeed } from "../../shared/use-cases/calendar-feed-access.js";
import { calendarFeedDeps, feedBaseUrl } from "../wiring/calendar-feed-deps.js";
import { calendarFeedSigner } from "../wiring/calendar-feed-signer.js";
import { entryConfig } from "../wiring/entry-config.js";
import { lazy } from "../wiring/lazy.js";

const config = entryConfig(issueCalendarFeedEntry);
const deps = lazy(() => calendarFeedDeps(config));
const baseUrl = feedBaseUrl(config);
const sign = calendarFeedSigner(config);

/**
 * The caller's calendar feed URL, to subscribe to in a calendar app. The same URL while it is live (a
 * second call does not break a subscription); after `DELETE /calendar-token`, a new one.
 */
export const handler = httpRoute({ auth: true, ignoreBody: true }, async ({ owner, event }) => {
  const token = await sign(owner, await issueCalendarFeed(deps(), owner));
  return jsonResponse(200, calendarFeedLinks(baseUrl(event), token));
});
