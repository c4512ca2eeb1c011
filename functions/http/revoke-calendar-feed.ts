import { httpRoute } from "../../shared/http/http-route.js";
import { jsonResponse } from "../../shared/http/json-response.js";
import { revokeCalendarFeed } from "../../shared/use-cases/calendar-feed-access.js";
import { calendarFeedDeps } from "./calendar-feed-deps.js";

const deps = calendarFeedDeps();

/** Revokes the caller's calendar feed: its URL answers 404 from now on. 204 also when none was live. */
export const handler = httpRoute({ auth: true, ignoreBody: true }, async ({ owner }) => {
  await revokeCalendarFeed(deps, owner);
  return jsonResponse(204);
});
