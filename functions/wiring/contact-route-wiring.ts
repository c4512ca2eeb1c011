import type { ENTRIES } from "../../shared/entries/entry-catalogue.js";
import { chainDeps } from "./chain-deps.js";
import { entryConfig } from "./entry-config.js";
import { idempotencyFor } from "./idempotency-for.js";
import { lazy } from "./lazy.js";
import { ownAddresses } from "./own-addresses.js";
import { usage } from "./usage.js";

/**
 * What a route that takes contacts and changes a chain needs (create, update): its configuration parsed
 * now, the chain's ports and the quotas built on first use, our own addresses (refused as contacts) and
 * the Idempotency-Key store the catalogue gives it.
 */
export function contactRouteWiring(entry: (typeof ENTRIES)["createInterview" | "updateInterview"]) {
  const config = entryConfig(entry);
  return {
    deps: lazy(() => ({ ...chainDeps(config), usage: usage(config) })),
    own: ownAddresses(config),
    idempotency: idempotencyFor(entry, config),
  };
}
