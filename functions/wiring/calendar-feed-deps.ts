import { DynamoCalendarFeedStore } from "../../shared/adapters/dynamo-calendar-feed-store.js";
import { dynamoListByOwner } from "../../shared/adapters/dynamo-list-by-owner.js";
import type { PublicApiUrlConfig } from "../../shared/config/public-api-url-config.js";
import type { TableConfig } from "../../shared/config/table-config.js";
import type { HttpEvent } from "../../shared/http/http-route.js";
import { publicBaseUrl } from "../../shared/http/public-base-url.js";
import type { CalendarFeedDeps } from "../../shared/use-cases/calendar-feed-access.js";
import { dynamoDocumentClient } from "../clients/dynamo-document-client.js";
import { readDepsWith } from "./chain-deps.js";

/** Ports of the calendar feed routes: the interviews, the feed generations and the clock. */
export function calendarFeedDeps(config: TableConfig): CalendarFeedDeps {
  return {
    ...readDepsWith(config, { listByOwner: dynamoListByOwner }),
    feeds: new DynamoCalendarFeedStore(dynamoDocumentClient(), config.tableName),
  };
}

/** Where feed URLs point: the configured public API URL, else the host the request came in on. */
export function feedBaseUrl(config: PublicApiUrlConfig): (event: HttpEvent) => string {
  return (event) => publicBaseUrl(event, config.publicApiUrl);
}
