import { DynamoCalendarFeedStore } from "../../shared/adapters/dynamo-calendar-feed-store.js";
import { parseConfig } from "../../shared/config/parse-config.js";
import { replyTokenConfigSchema } from "../../shared/config/reply-token-config.js";
import { tableConfigSchema } from "../../shared/config/table-config.js";
import type { CalendarFeedDeps } from "../../shared/use-cases/calendar-feed-access.js";
import { dynamoDocumentClient } from "../clients/dynamo-document-client.js";
import { replyTokenSecret } from "../clients/reply-token-secret.js";
import { readDeps } from "./chain-deps.js";

/** Ports of the calendar feed routes: the interviews, the feed generations and the clock. */
export function calendarFeedDeps(env = process.env): CalendarFeedDeps {
  const table = parseConfig(tableConfigSchema, env).TABLE_NAME;
  return { ...readDeps(env), feeds: new DynamoCalendarFeedStore(dynamoDocumentClient(), table) };
}

/** The HMAC key that signs feed tokens (the one of reply, unsubscribe and manage tokens). */
export function calendarTokenSecret(env = process.env): () => Promise<string> {
  const config = parseConfig(replyTokenConfigSchema, env);
  return () => replyTokenSecret(config);
}
