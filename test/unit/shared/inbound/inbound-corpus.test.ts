import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { classifyInboundEmail, type InboundKind } from "../../../../shared/inbound/classify-inbound-email.js";
import { parseInboundEmail } from "../../../../shared/inbound/parse-inbound-email.js";

// The public bounce corpus lives beside the checkout (../shared/corpus), never inside it.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const corpusDir = path.join(repoRoot, "..", "shared", "corpus", "inbound");
const present = existsSync(corpusDir);
if (!present) console.warn(`skipping the inbound corpus test: ${corpusDir} is absent`);

/**
 * Files whose content is not what their name says. They are Amazon SES notifications sent by email through
 * SNS, filed under bounces in the corpus, but these three are a complaint and two delivery receipts.
 */
const RELABELLED: Record<string, InboundKind> = {
  "lhost-amazonses-11.eml": "complaint",
  "lhost-amazonses-12.eml": "auto_reply",
  "lhost-amazonses-13.eml": "auto_reply",
};

function expectedKind(file: string): InboundKind | undefined {
  if (file.startsWith("lhost-") || file.startsWith("rfc3464-")) return "bounce";
  if (file.startsWith("arf-")) return "complaint";
  if (file.startsWith("rfc3834-")) return "auto_reply";
  return undefined;
}

describe.skipIf(!present)(
  `inbound corpus (${present ? "../shared/corpus/inbound" : `skipped: ${corpusDir} is absent`})`,
  () => {
    const files = present ? readdirSync(corpusDir).filter((f) => expectedKind(f) !== undefined) : [];

    it("has messages to check", () => {
      expect(files.length).toBeGreaterThan(100);
    });

    it("classifies every message as its file name says, and none as a reply", async () => {
      const wrong: string[] = [];
      const asReply: string[] = [];
      const perPrefix = new Map<string, { ok: number; total: number }>();
      for (const file of files) {
        const result = classifyInboundEmail(
          await parseInboundEmail(readFileSync(path.join(corpusDir, file))),
        );
        const expected = RELABELLED[file] ?? expectedKind(file);
        const prefix = file.replace(/-\d+\.eml$/, "");
        const stat = perPrefix.get(prefix) ?? { ok: 0, total: 0 };
        stat.total++;
        if (result.kind === expectedKind(file)) stat.ok++;
        perPrefix.set(prefix, stat);
        if (result.kind === "reply") asReply.push(file);
        if (result.kind !== expected) wrong.push(`${file}: ${result.kind} (${result.reason})`);
      }
      console.log(
        "corpus accuracy by file-name prefix:",
        Object.fromEntries([...perPrefix].map(([p, s]) => [p, `${s.ok}/${s.total}`])),
      );
      expect(asReply).toEqual([]);
      expect(wrong).toEqual([]);
    });

    it("finds the failed recipient of most bounces", async () => {
      let bounces = 0;
      let withRecipient = 0;
      for (const file of files.filter((f) => expectedKind(f) === "bounce" && !RELABELLED[f])) {
        const result = classifyInboundEmail(
          await parseInboundEmail(readFileSync(path.join(corpusDir, file))),
        );
        bounces++;
        if (result.bouncedRecipients.length > 0) withRecipient++;
      }
      expect(withRecipient / bounces).toBeGreaterThan(0.9);
    });
  },
);
