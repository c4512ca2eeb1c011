import { revokeCalendarFeedEntry } from "../../shared/entries/entry-catalogue.js";
import { httpRoute } from "../../shared/http/http-route.js";
import { jsonResponse } from "../../shared/http/json-response.js";
import { revokeCalendarFeed } from "../../shared/use-cases/calendar-feed-access.js";
import { calendarFeedDeps } from "../wiring/calendar-feed-deps.js";
import { entryConfig } from "../wiring/entry-config.js";
import { lazy } from "../wiring/lazy.js";

const config = entryConfig(revokeCalendarFeedEntry);
const deps = lazy(() => calendarFeedDeps(config));

/** Revokes the caller's calendar feed: its URL answers 404 from now on. 204 also when none was live. */
export const handler = httpRoute({ auth: true, ignoreBody: true }, async ({ owner }) => {
  await revokeCalendarFeed(deps(), owner);
  return jsonResponse(204);
});
