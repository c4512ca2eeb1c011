import { dynamoCreateInterview } from "../../shared/adapters/dynamo-create-interview.js";
import { dynamoGetInterview } from "../../shared/adapters/dynamo-get-interview.js";
import { dynamoListByApplication } from "../../shared/adapters/dynamo-list-by-application.js";
import { dynamoReplaceInterview } from "../../shared/adapters/dynamo-replace-interview.js";
import type { InterviewStoreOps } from "../../shared/adapters/interview-store-of.js";
import {
  PLAIN_OWN_ADDRESSES_PIECE,
  PLAIN_QUOTA_PIECE,
  PLAIN_SCHEDULING_PIECE,
  PLAIN_TABLE_PIECE,
} from "../../shared/config/plain-pieces.js";
import type { QuotaConfig } from "../../shared/config/quota-config.js";
import type { TableConfig } from "../../shared/config/table-config.js";
import { reserveId } from "../../shared/domain/reserve-id.js";
import type { ENTRIES } from "../../shared/entries/entry-catalogue.js";
import type { StoreOp } from "../../shared/use-cases/use-case-deps.js";
import { chainDepsWith } from "./chain-deps.js";
import { idempotencyFor } from "./idempotency-for.js";
import { lazy } from "./lazy.js";
import { ownAddresses } from "./own-addresses.js";
import { plainEntryConfigOf } from "./plain-entry-config-of.js";
import { changeUsage, registrationUsage } from "./usage.js";

/**
 * What registration builds: the store operations it calls (lists the rounds, creates, reads back,
 * supersedes), its share of the quotas (no counter), and the id an Idempotency-Key reserves for what it
 * creates.
 */
export const CREATE_ROUTE = {
  ops: {
    listByApplication: dynamoListByApplication,
    get: dynamoGetInterview,
    create: dynamoCreateInterview,
    replace: dynamoReplaceInterview,
  },
  usage: registrationUsage,
  reserveId,
};

/** What an update builds: the store operations it calls (lists the rounds, reads, replaces) and its quotas. */
export const UPDATE_ROUTE = {
  ops: {
    listByApplication: dynamoListByApplication,
    get: dynamoGetInterview,
    replace: dynamoReplaceInterview,
  },
  usage: changeUsage,
};

/**
 * What a route that takes contacts and changes a chain needs (create, update), all built on the first
 * request: its configuration, the chain's ports and the quotas, our own addresses (refused as contacts) and
 * the Idempotency-Key store the catalogue gives it. Of the interview store, only the operations `route.ops`
 * names; of the quotas, only what `route.usage` builds.
 *
 * The configuration is read on the first request, not at import (as inbound's is): building and running
 * its zod schemas was ~17 M instructions, a third of what these routes' import cost beyond their SDK
 * baseline (docs/benchmarks.md, session 23). It is read without zod when plainly valid
 * (plain-entry-config-of.ts), and so is a plain body (the routes' fast paths), so that a first request
 * builds no zod schema at all (session 28). A missing or malformed variable then fails every request with
 * a 500 whose log line names it, as it failed every cold start before.
 */
export function contactRouteWiring<K extends StoreOp, U>(
  entry: (typeof ENTRIES)["createInterview" | "updateInterview"],
  route: {
    ops: InterviewStoreOps<K>;
    usage: (config: TableConfig & QuotaConfig) => U;
    reserveId?: (ms: number) => string;
  },
) {
  const config = lazy(() =>
    plainEntryConfigOf(entry, {
      table: PLAIN_TABLE_PIECE,
      scheduling: PLAIN_SCHEDULING_PIECE,
      ownAddresses: PLAIN_OWN_ADDRESSES_PIECE,
      quota: PLAIN_QUOTA_PIECE,
    }),
  );
  return {
    deps: lazy(() => ({ ...chainDepsWith(config(), route.ops), usage: route.usage(config()) })),
    own: lazy(() => ownAddresses(config())),
    idempotency: idempotencyFor(entry, config, route.reserveId),
  };
}
