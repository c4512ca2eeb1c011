import { ENTRIES } from "../../shared/entries/entry-catalogue.js";
import { NotFoundError } from "../../shared/errors/app-error.js";
import { calendarResponse } from "../../shared/http/calendar-response.js";
import { httpRoute } from "../../shared/http/http-route.js";
import { calendarFeedPathToken } from "../../shared/security/calendar-feed-path-token.js";
import { verifyCalendarToken } from "../../shared/security/calendar-token.js";
import { readCalendarFeed } from "../../shared/use-cases/calendar-feed-access.js";
import { replyTokenSecret } from "../clients/reply-token-secret.js";
import { calendarFeedDeps } from "../wiring/calendar-feed-deps.js";
import { entryConfig } from "../wiring/entry-config.js";
import { lazy } from "../wiring/lazy.js";

const config = entryConfig(ENTRIES.calendarFeed);
const deps = lazy(() => calendarFeedDeps(config));

/** `GET /calendar/{token}.ics`; a forged, malformed, revoked or replaced token answers 404 alike. */
export const handler = httpRoute({ auth: false, ignoreBody: true }, async ({ params }) => {
  const token = calendarFeedPathToken(params.token);
  if (!token) throw new NotFoundError("Calendar feed");
  const claim = verifyCalendarToken(await replyTokenSecret(config), token);
  return calendarResponse(await readCalendarFeed(deps(), claim));
});
