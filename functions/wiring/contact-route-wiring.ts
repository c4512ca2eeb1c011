import type { InterviewStoreOps } from "../../shared/adapters/interview-store-of.js";
import {
  OWN_ADDRESSES_PIECE,
  QUOTA_PIECE,
  SCHEDULING_PIECE,
  TABLE_PIECE,
} from "../../shared/config/config-pieces.js";
import type { ENTRIES } from "../../shared/entries/entry-catalogue.js";
import type { StoreOp } from "../../shared/use-cases/use-case-deps.js";
import { chainDepsWith } from "./chain-deps.js";
import { entryConfigOf } from "./entry-config-of.js";
import { idempotencyFor } from "./idempotency-for.js";
import { lazy } from "./lazy.js";
import { ownAddresses } from "./own-addresses.js";
import { usage } from "./usage.js";

/**
 * What a route that takes contacts and changes a chain needs (create, update): its configuration parsed
 * now, the chain's ports and the quotas built on first use, our own addresses (refused as contacts) and
 * the Idempotency-Key store the catalogue gives it. Of the interview store, only the operations `ops` names.
 */
export function contactRouteWiring<K extends StoreOp>(
  entry: (typeof ENTRIES)["createInterview" | "updateInterview"],
  ops: InterviewStoreOps<K>,
) {
  const config = entryConfigOf(entry, {
    table: TABLE_PIECE,
    scheduling: SCHEDULING_PIECE,
    ownAddresses: OWN_ADDRESSES_PIECE,
    quota: QUOTA_PIECE,
  });
  return {
    deps: lazy(() => ({ ...chainDepsWith(config, ops), usage: usage(config) })),
    own: ownAddresses(config),
    idempotency: idempotencyFor(entry, config),
  };
}
