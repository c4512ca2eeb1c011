import type { QuotaCounter } from "../ports/quota-counter.js";
import { type QuotaCounterTable, readQuotaCounterItem } from "./quota-counter-table.js";

/** `QuotaCounter.read` on the table: one consistent GetItem, 0 when there is no counter yet. */
export const dynamoQuotaRead =
  (table: QuotaCounterTable): QuotaCounter["read"] =>
  async (key) => {
    const count = (await readQuotaCounterItem(table, key))?.count;
    return typeof count === "number" && count > 0 ? count : 0;
  };
