import { PLAIN_SCHEDULING_PIECE, PLAIN_TABLE_PIECE } from "../../shared/config/plain-pieces.js";
import { plainEntryConfigOf } from "./plain-entry-config-of.js";

/**
 * The configuration of an entry that changes a chain's schedules and nothing else (delete, stop, snooze,
 * the reconciler): the table and the scheduling, read without zod when plainly valid.
 */
export function chainConfig(entry: { config: readonly ["table", "scheduling"] }) {
  return plainEntryConfigOf(entry, { table: PLAIN_TABLE_PIECE, scheduling: PLAIN_SCHEDULING_PIECE });
}
