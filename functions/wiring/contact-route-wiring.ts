import { dynamoCreateInterview } from "../../shared/adapters/dynamo-create-interview.js";
import { dynamoGetInterview } from "../../shared/adapters/dynamo-get-interview.js";
import { dynamoListByApplication } from "../../shared/adapters/dynamo-list-by-application.js";
import { dynamoReplaceInterview } from "../../shared/adapters/dynamo-replace-interview.js";
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

/** The store operations registration calls (lists the rounds, creates, reads back, supersedes). */
export const CREATE_STORE_OPS = {
  listByApplication: dynamoListByApplication,
  get: dynamoGetInterview,
  create: dynamoCreateInterview,
  replace: dynamoReplaceInterview,
};

/** The store operations an update calls (lists the rounds, reads, replaces): no create. */
export const UPDATE_STORE_OPS = {
  listByApplication: dynamoListByApplication,
  get: dynamoGetInterview,
  replace: dynamoReplaceInterview,
};

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
