import { ArrivalOrder } from "./arrival-order.js";
import { requestClaims } from "./request-claims.js";
import type { TableKeyNames } from "./table-key-names.js";

const TABLE_CHANGES = new Set(["CreateTable", "DeleteTable", "UpdateTable"]);

/**
 * Runs each DynamoDB request (operation and parsed JSON body) when ArrivalOrder gives it its turn, with
 * the claims its body names. Must be called synchronously on arrival: the claims are registered before
 * `run` first awaits.
 */
export class OrderedDispatch {
  private readonly order = new ArrivalOrder();

  constructor(private readonly keyNames: TableKeyNames) {}

  async run<T>(operation: string, body: unknown, work: () => Promise<T>): Promise<T> {
    const claims = requestClaims(operation, body, (t) => this.keyNames.get(t));
    // Only a real table change forgets the key names: a write that claims its whole table merely because
    // its key was not understood must not, or they would never be learnt.
    const changed = TABLE_CHANGES.has(operation) ? claims.map((c) => c.table) : [];
    for (const t of changed) this.keyNames.changeStarted(t);
    try {
      return await this.order.run(claims, work);
    } finally {
      for (const t of changed) this.keyNames.changeEnded(t);
    }
  }

  /** Tables with requests waiting or running (0 when idle). */
  get busyTables(): number {
    return this.order.busyTables;
  }
}
