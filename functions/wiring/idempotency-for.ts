import { consoleLogger } from "../../shared/adapters/console-logger.js";
import { DynamoIdempotencyStore } from "../../shared/adapters/dynamo-idempotency-store.js";
import { processClock } from "../../shared/adapters/process-clock.js";
import type { TableConfig } from "../../shared/config/table-config.js";
import type { HttpEntry } from "../../shared/entries/entry-catalogue.js";
import { type IdempotencyGuard, idempotencyGuard } from "../../shared/http/with-idempotency.js";
import { dynamoDocumentClient } from "../clients/dynamo-document-client.js";

/**
 * Idempotency-Key handling for a route, as the catalogue says: the key store on the table when the route
 * is marked `idempotencyKey`, nothing otherwise (the header is then ignored). The store and its client are
 * built on the first request (idempotencyGuard builds its options on first use), and so is the table's
 * configuration when the route parses it then (`config` is called there, not here). A route that creates
 * something passes `reserveId` (see IdempotencyOptions).
 */
export function idempotencyFor(
  route: HttpEntry,
  config: () => TableConfig,
  reserveId?: (ms: number) => string,
): IdempotencyGuard | undefined {
  if (!route.idempotencyKey) return undefined;
  return idempotencyGuard(() => ({
    store: new DynamoIdempotencyStore(dynamoDocumentClient(), config().tableName),
    clock: processClock,
    log: consoleLogger(),
    ...(reserveId ? { reserveId } : {}),
  }));
}
