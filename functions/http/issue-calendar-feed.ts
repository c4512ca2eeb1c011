import { httpRoute } from "../../shared/http/http-route.js";
import { jsonResponse } from "../../shared/http/json-response.js";
import { calendarToken } from "../../shared/security/calendar-token.js";
import { issueCalendarFeed } from "../../shared/use-cases/calendar-feed-access.js";
import { calendarFeedDeps, calendarTokenSecret } from "./calendar-feed-deps.js";
import { publicBaseUrl } from "./public-base-url.js";

const deps = calendarFeedDeps();
const secret = calendarTokenSecret();

/**
 * The caller's calendar feed URL, to subscribe to in a calendar app. The same URL while it is live (a
 * second call does not break a subscription); after `DELETE /calendar-token`, a new one.
 */
export const handler = httpRoute({ auth: true, ignoreBody: true }, async ({ owner, event }) => {
  const generation = await issueCalendarFeed(deps, owner);
  const token = calendarToken(await secret(), owner, generation);
  const url = `${publicBaseUrl(event)}/calendar/${token}.ics`;
  return jsonResponse(200, { url, webcalUrl: url.replace(/^https?:/, "webcal:"), token });
});
