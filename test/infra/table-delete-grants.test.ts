import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../infra/project-root.js";
import { functionIdOf } from "../../infra/stacks/function-id-of.js";
import { ENTRY_LIST } from "../../shared/entries/entry-catalogue.js";
import { catalogueBundles } from "../support/catalogue-bundles.js";
import {
  actionsOf,
  logicalIdOf,
  type SynthesizedApp,
  statementsOfRole,
  synthFollowupApp,
} from "./synth-followup-app.js";

/** A command that deletes an item: DeleteItem itself, or a transaction with a Delete member. */
function sendsADelete(source: string): boolean {
  if (/new Delete(Item)?Command\(/.test(source)) return true;
  return /new TransactWrite(Items)?Command\(/.test(source) && /\bDelete\s*:/.test(source);
}

/**
 * The entries whose bundle holds code of ours that sends a delete, read from what esbuild really keeps of
 * each source file (so a whole-store import that carries `remove` along counts, an unused file does not).
 */
async function entriesSendingADelete(): Promise<string[]> {
  const { inputsByEntry } = await catalogueBundles();
  const senders = new Set<string>();
  for (const [entry, inputs] of inputsByEntry) {
    const ours = inputs.filter((input) => !input.includes("node_modules") && input.endsWith(".ts"));
    const sources = ours.map((input) => fs.readFileSync(path.join(PROJECT_ROOT, input), "utf8"));
    if (sources.some(sendsADelete)) senders.add(entry);
  }
  return [...senders].sort();
}

let synth: SynthesizedApp;

beforeAll(() => {
  synth = synthFollowupApp();
});

describe("table delete grants", () => {
  it("allow dynamodb:DeleteItem to exactly the functions whose code sends a delete", async () => {
    const senders = await entriesSendingADelete();
    // DELETE /interviews/{id} removes the item; a scan that finds nothing would make the test vacuous.
    expect(senders).toContain("functions/http/delete-interview.ts");
    const granted = ENTRY_LIST.filter((entry) => {
      const fn = synth.stateless.functions.get(functionIdOf(entry.entry));
      if (fn === undefined) throw new Error(`no function for ${entry.entry}`);
      return actionsOf(statementsOfRole(synth.statelessTemplate, logicalIdOf(fn.role))).includes(
        "dynamodb:DeleteItem",
      );
    }).map((entry) => entry.entry);
    expect([...new Set(granted)].sort()).toEqual(senders);
  });
});
