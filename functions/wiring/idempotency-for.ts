import { consoleLogger } from "../../shared/adapters/console-logger.js";
import { DynamoIdempotencyStore } from "../../shared/adapters/dynamo-idempotency-store.js";
import { processClock } from "../../shared/adapters/process-clock.js";
import type { TableConfig } from "../../shared/config/table-config.js";
import type { HttpEntry } from "../../shared/entries/entry-catalogue.js";
import { type IdempotencyGuard, idempotencyGuard } from "../../shared/http/with-idempotency.js";
import { dynamoDocumentClient } from "../clients/dynamo-document-client.js";
import { lazy } from "./lazy.js";

/**
 * Idempotency-Key handling for a route, as the catalogue says: the key store on the table when the route
 * is marked `idempotencyKey`, nothing otherwise (the header is then ignored). The store and its DynamoDB
 * client are built on the first request, as the route's other ports are: built when the handler module
 * loaded, the client was a cold start's work that the SDK alone does on its first call.
 */
export function idempotencyFor(route: HttpEntry, config: TableConfig): IdempotencyGuard | undefined {
  if (!route.idempotencyKey) return undefined;
  const guard = lazy(() =>
    idempotencyGuard({
      store: new DynamoIdempotencyStore(dynamoDocumentClient(), config.tableName),
      clock: processClock,
      log: consoleLogger(),
    }),
  );
  return Object.defineProperty(
    (request: Parameters<IdempotencyGuard>[0], run: Parameters<IdempotencyGuard>[1]) => guard()(request, run),
    "store",
    { get: () => guard().store },
  ) as IdempotencyGuard;
}
