import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../../local/repo-root.js";
import { INTERVIEW_STATUSES } from "../../../shared/domain/interview.js";
import { EVENT_LABELS, eventLabel } from "../../../web/src/event-label.js";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.ts$/.test(name) ? [path] : [];
  });
}

/**
 * The event types a type written from a template stands for, by the template's text. A template not
 * listed here fails the test: add what it can make, and a label for each.
 */
const TEMPLATES: Record<string, readonly string[]> = {
  // stopChain: every status but active.
  "chain.${stop.status}": INTERVIEW_STATUSES.filter((s) => s !== "active").map((s) => `chain.${s}`),
  // settledAs: the ways a step ends unsent.
  "step.${status}": ["step.cancelled", "step.skipped", "step.failed"],
  // handleInboundDeliveryReport: a report that names no contact.
  "inbound.${kind}": ["inbound.bounce", "inbound.complaint"],
};

/**
 * Every timeline event type the backend writes, read from its source: the quoted `area.what` values and
 * templates given to a `type` (`type: "step.sent"`, `type: cond ? "a.b" : "c.d"`, `const type = ...`) and
 * the `..._EVENT = "..."` constants.
 */
function writtenEventTypes(): { types: Map<string, string>; templates: Map<string, string> } {
  const types = new Map<string, string>();
  const templates = new Map<string, string>();
  for (const file of [...sources(join(REPO_ROOT, "shared")), ...sources(join(REPO_ROOT, "functions"))]) {
    const text = readFileSync(file, "utf8");
    const where = relative(REPO_ROOT, file);
    const expressions = [
      ...[...text.matchAll(/\btype(?::|\s*=(?!=))\s*([^,;\n]+)/g)].map((m) => m[1] ?? ""),
      ...[...text.matchAll(/_EVENT\s*=\s*("[^"\n]*")/g)].map((m) => m[1] ?? ""),
    ];
    for (const expression of expressions) {
      for (const m of expression.matchAll(/"([a-z]+\.[a-z_]+)"/g)) types.set(m[1] ?? "", where);
      for (const m of expression.matchAll(/`([a-z]+\.\$\{[\w.]+\})`/g)) templates.set(m[1] ?? "", where);
    }
  }
  return { types, templates };
}

describe("event labels", () => {
  const { types, templates } = writtenEventTypes();

  it("reads the event types the backend writes (the check cannot pass by seeing nothing)", () => {
    expect(types.size).toBeGreaterThan(15);
    for (const t of [
      "step.sent",
      "interview.registered",
      "inbound.auto_reply",
      "chain.snoozed",
      "contact.bounced",
    ])
      expect(types.has(t), t).toBe(true);
    expect([...templates.keys()].sort()).toEqual(Object.keys(TEMPLATES).sort());
  });

  it("has a label for every event type written under shared/", () => {
    const written = [...types.keys(), ...Object.values(TEMPLATES).flat()];
    const unlabelled = written.filter((t) => !Object.hasOwn(EVENT_LABELS, t));
    expect(unlabelled, "add these to EVENT_LABELS in web/src/event-label.ts").toEqual([]);
  });

  it("says them as a person would", () => {
    expect(eventLabel("step.sent")).toBe("Step sent");
    expect(eventLabel("interview.registered")).toBe("Created");
    expect(eventLabel("reply.received")).toBe("Reply received");
    expect(eventLabel("inbound.auto_reply")).toBe("Auto-reply received");
    expect(eventLabel("chain.stopped")).toBe("Stopped");
    expect(eventLabel("interview.updated")).toBe("Edited");
  });

  it("makes an unknown type readable", () => {
    expect(eventLabel("inbound.something_new")).toBe("Inbound: something new");
    expect(eventLabel("reply_received")).toBe("Reply received");
    expect(eventLabel("toString")).toBe("ToString");
  });
});
