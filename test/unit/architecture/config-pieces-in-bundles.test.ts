import { describe, expect, it } from "vitest";
import type { ConfigPieceName } from "../../../shared/config/config-pieces.js";
import { ENTRY_LIST } from "../../../shared/entries/entry-catalogue.js";
import { catalogueBundles } from "../../support/catalogue-bundles.js";

/**
 * A Lambda bundles the configuration pieces its entry names and no other (each handler hands its pieces to
 * entryConfigOf): a piece's zod schemas cost bytes and, once built at cold start, init. Looking the pieces
 * up in the whole catalogue (entryConfig) put every piece's schema code in every bundle: get-interview
 * read one variable and carried 12 KB of the others.
 */
const MODULE_OF: Record<ConfigPieceName, string> = {
  table: "shared/config/table-config.ts",
  scheduling: "shared/config/scheduling-config.ts",
  replyToken: "shared/config/reply-token-config.ts",
  mail: "shared/config/mail-config.ts",
  // Our own addresses are two of the mail piece's variables, read with its rules.
  ownAddresses: "shared/config/own-addresses-config.ts",
  quota: "shared/config/quota-config.ts",
  inboundMail: "shared/config/inbound-config.ts",
  inboundLimits: "shared/config/inbound-config.ts",
  publicApiUrl: "shared/config/public-api-url-config.ts",
  messageIdDomain: "shared/config/message-id-domain-config.ts",
};
const ALSO_BRINGS: Partial<Record<ConfigPieceName, string[]>> = { ownAddresses: [MODULE_OF.mail] };

describe("configuration pieces in every Lambda bundle", async () => {
  const pieceModules = new Set(Object.values(MODULE_OF));
  const bundledPieces = new Map<string, string[]>();
  for (const [entry, inputs] of (await catalogueBundles()).inputsByEntry)
    bundledPieces.set(
      entry,
      inputs.filter((path) => pieceModules.has(path)),
    );

  it("sees the pieces a Lambda reads (the check cannot pass by seeing nothing)", () => {
    expect(bundledPieces.get("functions/sender.ts")).toContain(MODULE_OF.quota);
    expect(bundledPieces.get("functions/http/get-interview.ts")).toContain(MODULE_OF.table);
  });

  it("has no Lambda bundling a piece its entry does not name", () => {
    const extra = ENTRY_LIST.flatMap((entry) => {
      const named = new Set(entry.config.flatMap((p) => [MODULE_OF[p], ...(ALSO_BRINGS[p] ?? [])]));
      return (bundledPieces.get(entry.entry) ?? [])
        .filter((path) => !named.has(path))
        .map((path) => `${entry.entry}: ${path}`);
    });
    expect(extra).toEqual([]);
  });
});
