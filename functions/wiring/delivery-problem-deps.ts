import { dynamoListByOwner } from "../../shared/adapters/dynamo-list-by-owner.js";
import { processClock } from "../../shared/adapters/process-clock.js";
import { systemRealtime } from "../../shared/adapters/system-realtime.js";
import type { TableConfig } from "../../shared/config/table-config.js";
import type { DeliveryProblemDeps } from "../../shared/use-cases/record-delivery-problem.js";
import type { Logger } from "../../shared/use-cases/use-case-deps.js";
import { interviewStoreWith } from "./interview-store.js";
import { lazy } from "./lazy.js";
import { MUTATION_STORE_OPS } from "./mutation-store-ops.js";
import { suppressionList } from "./suppression-list.js";

/** What recording a bounce or complaint needs: the table and the clocks. Built on first use. */
export function deliveryProblemDeps(config: TableConfig, log: Logger): () => DeliveryProblemDeps {
  return lazy(() => ({
    store: interviewStoreWith(config, { ...MUTATION_STORE_OPS, listByOwner: dynamoListByOwner }),
    suppressions: suppressionList(config),
    clock: processClock,
    realtime: systemRealtime,
    log,
  }));
}
