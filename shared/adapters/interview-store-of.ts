import type { InterviewStore } from "../ports/interview-store.js";
import type { InterviewTable } from "./interview-table.js";

/** The store operations an entry calls, each built from the table (e.g. `{ get: dynamoGetInterview }`). */
export type InterviewStoreOps<K extends keyof InterviewStore> = {
  [P in K]: (table: InterviewTable) => InterviewStore[P];
};

/**
 * A store of only the operations named: an entry that imports just the operations it calls bundles just
 * their code (a read route carries no claim, no conditional put, no cursor).
 */
export function interviewStoreOf<K extends keyof InterviewStore>(
  table: InterviewTable,
  ops: InterviewStoreOps<K>,
): Pick<InterviewStore, K> {
  const store = {} as Pick<InterviewStore, K>;
  for (const name of Object.keys(ops) as K[]) store[name] = ops[name](table);
  return store;
}
