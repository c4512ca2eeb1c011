import { calendarFeedEntry } from "../../shared/entries/entry-catalogue.js";
import { calendarResponse } from "../../shared/http/calendar-response.js";
import { httpRoute } from "../../shared/http/http-route.js";
import { readCalendarFeed } from "../../shared/use-cases/calendar-feed-access.js";
import { calendarFeedClaim } from "../wiring/calendar-feed-claim.js";
import { calendarFeedDeps } from "../wiring/calendar-feed-deps.js";
import { entryConfig } from "../wiring/entry-config.js";
import { lazy } from "../wiring/lazy.js";

const config = entryConfig(calendarFeedEntry);
const deps = lazy(() => calendarFeedDeps(config));
const claimOf = calendarFeedClaim(config);

/** `GET /calendar/{token}.ics`; a forged, malformed, revoked or replaced token answers 404 alike. */
export const handler = httpRoute({ auth: false, ignoreBody: true }, async ({ params }) =>
  calendarResponse(await readCalendarFeed(deps(), await claimOf(params.token))),
);
