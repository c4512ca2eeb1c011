import { dynamoListNeedingAttention } from "../shared/adapters/dynamo-list-needing-attention.js";
import { reconcilerEntry } from "../shared/entries/entry-catalogue.js";
import { reconcileSchedules } from "../shared/use-cases/reconcile-schedules.js";
import { chainConfig } from "./wiring/chain-config.js";
import { chainDepsWith } from "./wiring/chain-deps.js";
import { lazy } from "./wiring/lazy.js";
import { MUTATION_STORE_OPS } from "./wiring/mutation-store-ops.js";

const config = chainConfig(reconcilerEntry);
const deps = lazy(() =>
  chainDepsWith(
    config,
    { ...MUTATION_STORE_OPS, listNeedingAttention: dynamoListNeedingAttention },
    "reconciler",
  ),
);

/**
 * Target of the periodic (rate) schedule: re-creates schedules that could not be created (or moved) in
 * time, and fires the sender once more for a claim a crashed sender left behind, so the step is settled
 * as `unknown` and the candidate told.
 */
export async function handler(): Promise<void> {
  const report = await reconcileSchedules(deps());
  deps().log.info("reconciled", { ...report });
}
