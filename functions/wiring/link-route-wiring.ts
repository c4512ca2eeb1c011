import { dynamoGetInterview } from "../../shared/adapters/dynamo-get-interview.js";
import { dynamoListByOwner } from "../../shared/adapters/dynamo-list-by-owner.js";
import {
  PLAIN_REPLY_TOKEN_PIECE,
  PLAIN_SCHEDULING_PIECE,
  PLAIN_TABLE_PIECE,
} from "../../shared/config/plain-pieces.js";
import type { ENTRIES } from "../../shared/entries/entry-catalogue.js";
import { chainDepsWith, readDepsWith } from "./chain-deps.js";
import { lazy } from "./lazy.js";
import { manageTarget } from "./manage-target.js";
import { MUTATION_STORE_OPS } from "./mutation-store-ops.js";
import { plainEntryConfigOf } from "./plain-entry-config-of.js";
import { suppressionList } from "./suppression-list.js";
import { unsubscribeArchive } from "./unsubscribe-archive.js";
import { unsubscribeTarget } from "./unsubscribe-target.js";

/** The manage page (GET, reads only): the table, and the check of the signed token in its path. */
export function managePageWiring(entry: (typeof ENTRIES)["managePage"]) {
  const config = plainEntryConfigOf(entry, { table: PLAIN_TABLE_PIECE, replyToken: PLAIN_REPLY_TOKEN_PIECE });
  return {
    deps: lazy(() => readDepsWith(config, { get: dynamoGetInterview })),
    verify: manageTarget(config),
  };
}

/** The manage page's buttons (POST): the chain's ports, and the check of the signed token. */
export function manageWiring(entry: (typeof ENTRIES)["manage"]) {
  const config = plainEntryConfigOf(entry, {
    table: PLAIN_TABLE_PIECE,
    scheduling: PLAIN_SCHEDULING_PIECE,
    replyToken: PLAIN_REPLY_TOKEN_PIECE,
  });
  return { deps: lazy(() => chainDepsWith(config, MUTATION_STORE_OPS)), verify: manageTarget(config) };
}

/** One-click unsubscribe (POST): the chain's ports, the suppressions and archive, the token check. */
export function unsubscribeWiring(entry: (typeof ENTRIES)["unsubscribe"]) {
  const config = plainEntryConfigOf(entry, {
    table: PLAIN_TABLE_PIECE,
    scheduling: PLAIN_SCHEDULING_PIECE,
    replyToken: PLAIN_REPLY_TOKEN_PIECE,
  });
  const deps = lazy(() => ({
    ...chainDepsWith(config, { ...MUTATION_STORE_OPS, listByOwner: dynamoListByOwner }),
    suppressions: suppressionList(config),
    unsubscribeArchive: unsubscribeArchive(config),
  }));
  return { deps, verify: unsubscribeTarget(config) };
}
