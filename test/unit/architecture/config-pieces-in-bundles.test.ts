import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, type Metafile } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";
import { lambdaBuildOptions } from "../../../bench/lambdas/lambda-build-options.js";
import { REPO_ROOT } from "../../../local/repo-root.js";
import type { ConfigPieceName } from "../../../shared/config/config-pieces.js";
import { ENTRY_LIST } from "../../../shared/entries/entry-catalogue.js";

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
};
const ALSO_BRINGS: Partial<Record<ConfigPieceName, string[]>> = { ownAddresses: [MODULE_OF.mail] };

const outDir = mkdtempSync(join(tmpdir(), "config-pieces-in-bundles-"));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe("configuration pieces in every Lambda bundle", async () => {
  const entries = [...new Set(ENTRY_LIST.map((e) => e.entry))];
  const { outfile: _, ...options } = lambdaBuildOptions("");
  const { metafile } = (await build({
    ...options,
    entryPoints: entries.map((entry) => join(REPO_ROOT, entry)),
    outdir: outDir,
    absWorkingDir: REPO_ROOT,
    write: false,
  })) as { metafile: Metafile };
  const pieceModules = new Set(Object.values(MODULE_OF));
  const bundledPieces = new Map<string, string[]>();
  for (const output of Object.values(metafile.outputs)) {
    if (output.entryPoint === undefined) continue;
    bundledPieces.set(
      output.entryPoint,
      Object.entries(output.inputs)
        .filter(([path, input]) => input.bytesInOutput > 0 && pieceModules.has(path))
        .map(([path]) => path),
    );
  }

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
