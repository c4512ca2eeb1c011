import type { QuotaCounter } from "../ports/quota-counter.js";
import { countedName } from "./counted-name.js";
import { addWithinLimit } from "./dynamo-quota-add-within.js";
import { type QuotaCounterTable, readQuotaCounterItem } from "./quota-counter-table.js";

/**
 * `QuotaCounter.add` on the table, as a conditional `ADD` (addWithinLimit). With `countOnce`, the same
 * write adds the name to the item's string set `counted`, and its condition refuses a name already there,
 * so a repeated add (a timeout that landed, a retried Lambda) counts once.
 */
export const dynamoQuotaAdd =
  (table: QuotaCounterTable): QuotaCounter["add"] =>
  async (key, by, limit, expiresAt, countOnce) => {
    if (countOnce === undefined) return (await addWithinLimit(table, key, by, limit, expiresAt)) ?? false;
    const name = countedName(countOnce);
    const added = await addWithinLimit(table, key, by, limit, expiresAt, name);
    if (added !== false) return added ?? false;
    // Refused: over the limit, or already counted (then it was taken, by this add's earlier attempt).
    // Whether the counter holds the name: a consistent read, only on a refusal.
    const counted: unknown = (await readQuotaCounterItem(table, key))?.counted;
    return counted instanceof Set && counted.has(name);
  };
