/**
 * The single table's keys and indexes, as pure data: the DynamoDB adapter queries them, the CDK app creates
 * them and the local stack creates the same table in dynalite, so the three can never drift apart.
 * Every index has keys `<name>pk` / `<name>sk` (strings) and projects ALL attributes.
 */
export const TABLE_KEYS = { partition: "pk", sort: "sk" } as const;

export const TABLE_INDEXES = {
  /** An owner's interviews, newest first. */
  owner: "gsi1",
  /** The rounds of one application. */
  application: "gsi2",
  /** Sparse: interviews the reconciler must look at (a step unscheduled, or in flight). */
  attention: "gsi3",
} as const;

// Pure: a Lambda that imports the store module but none of its queries bundles no index names.
export const TABLE_INDEX_NAMES: readonly string[] = /* @__PURE__ */ Object.values(TABLE_INDEXES);
