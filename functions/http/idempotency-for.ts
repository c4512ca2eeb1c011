import { consoleLogger } from "../../shared/adapters/console-logger.js";
import { DynamoIdempotencyStore } from "../../shared/adapters/dynamo-idempotency-store.js";
import { processClock } from "../../shared/adapters/process-clock.js";
import { API_ROUTES } from "../../shared/api/api-routes.js";
import { parseConfig } from "../../shared/config/parse-config.js";
import { tableConfigSchema } from "../../shared/config/table-config.js";
import type { IdempotencyOptions } from "../../shared/http/with-idempotency.js";
import { dynamoDocumentClient } from "../clients/dynamo-document-client.js";

/**
 * Idempotency-Key handling for the route `routeKey` ("POST /interviews"), as the route table says: the
 * key store on the table when the route is marked `idempotencyKey`, nothing otherwise. A route key the
 * table does not have fails at cold start rather than silently ignoring the header.
 */
export function idempotencyFor(routeKey: string, env = process.env): IdempotencyOptions | undefined {
  const route = API_ROUTES.find((r) => `${r.method} ${r.path}` === routeKey);
  if (!route) throw new Error(`No route ${routeKey} in API_ROUTES`);
  if (!route.idempotencyKey) return undefined;
  const config = parseConfig(tableConfigSchema, env);
  return {
    store: new DynamoIdempotencyStore(dynamoDocumentClient(), config.TABLE_NAME),
    clock: processClock,
    log: consoleLogger(),
  };
}
