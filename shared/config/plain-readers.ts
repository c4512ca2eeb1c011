import type { ConfigPieceName } from "./config-pieces.js";
import { plainOwnAddressesConfig } from "./own-addresses-config.js";
import type { PlainReader } from "./plain-config-of.js";
import { plainTableConfig } from "./table-config.js";

/**
 * The pieces that have a plain reader: those preview-plan reads. An entry hands over the readers of its
 * pieces, so no other Lambda bundles them.
 */
export const PLAIN_READERS = {
  table: plainTableConfig,
  ownAddresses: plainOwnAddressesConfig,
} satisfies { [K in ConfigPieceName]?: PlainReader<K> };
