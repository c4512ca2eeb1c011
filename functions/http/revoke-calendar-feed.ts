import { PLAIN_TABLE_PIECE } from "../../shared/config/plain-pieces.js";
import { revokeCalendarFeedEntry } from "../../shared/entries/entry-catalogue.js";
import { httpRoute } from "../../shared/http/http-route.js";
import { jsonResponse } from "../../shared/http/json-response.js";
import { revokeCalendarFeed } from "../../shared/use-cases/calendar-feed-access.js";
import { calendarFeedDeps } from "../wiring/calendar-feed-deps.js";
import { lazy } from "../wiring/lazy.js";
import { plainEntryConfigOf } from "../wiring/plain-entry-config-of.js";

const config = plainEntryConfigOf(revokeCalendarFeedEntry, { table: PLAIN_TABLE_PIECE });
const deps = lazy(() => calendarFeedDeps(config));

/** Revokes the caller's calendar feed: its URL answers 404 from now on. 204 also when none was live. */
export const handler = httpRoute({ auth: true }, async ({ owner }) => {
  await revokeCalendarFeed(deps(), owner);
  return jsonResponse(204);
});
