import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../../local/repo-root.js";

/**
 * The dependency rule of docs/ARCHITECTURE.md, read from the imports: a room may import rooms of its own
 * rank or lower, never higher. local/, infra/, cli/, bench/ and test/ stand outside and may use anything;
 * nothing that ships imports them.
 */
const RANKS: Record<string, number> = {
  "shared/domain": 0,
  "shared/errors": 1,
  "shared/security": 1,
  "shared/inbound": 1,
  "shared/ports": 1,
  "shared/config": 1,
  "shared/entries": 1,
  "shared/mail": 2,
  "shared/use-cases": 3,
  "shared/adapters": 4,
  "shared/http": 4,
  "shared/api": 4,
  "shared/events": 4,
  functions: 5,
};
const OUTSIDE = ["local", "infra", "cli", "bench", "test"];

/** Arrows that run back up the layers: none (the last two went with patchInterview). Nothing may be added. */
const KNOWN_UPWARD = new Set<string>([]);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith(".ts") ? [path] : [];
  });
}

function roomOf(file: string): string | undefined {
  const parts = file.split("/");
  if (parts[0] === "functions") return "functions";
  if (parts[0] === "shared") return `shared/${parts[1]}`;
  return parts[0];
}

/** Every relative import of every shipped file, as [importer, imported], both relative to the root. */
function arrows(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const file of [...sources(join(REPO_ROOT, "shared")), ...sources(join(REPO_ROOT, "functions"))]) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)"/g)) {
      const target = resolve(dirname(file), (m[1] ?? "").replace(/\.js$/, ".ts"));
      out.push([relative(REPO_ROOT, file), relative(REPO_ROOT, target)]);
    }
  }
  return out;
}

/** The arrows of `all` that point to a higher-ranked room, as "from -> to". */
function upward(all: Array<[string, string]>): string[] {
  return all
    .filter(([from, to]) => {
      const a = RANKS[roomOf(from) ?? ""];
      const b = RANKS[roomOf(to) ?? ""];
      return a !== undefined && b !== undefined && b > a;
    })
    .map(([from, to]) => `${from} -> ${to}`);
}

describe("the dependency rule", () => {
  const all = arrows();

  it("sees an arrow back up when there is one (the check can fail)", () => {
    expect(
      upward([
        ["shared/domain/plan-chain.ts", "shared/mail/plan-words.ts"],
        ["shared/mail/plan-words.ts", "shared/domain/plan-words.ts"],
        ["shared/use-cases/send-step.ts", "functions/wiring/sender-deps.ts"],
        ["shared/adapters/ses-mailer.ts", "shared/http/json-response.ts"],
      ]),
    ).toEqual([
      "shared/domain/plan-chain.ts -> shared/mail/plan-words.ts",
      "shared/use-cases/send-step.ts -> functions/wiring/sender-deps.ts",
    ]);
  });

  it("reads the imports (the check cannot pass by seeing nothing)", () => {
    expect(all.length).toBeGreaterThan(300);
    expect(all).toContainEqual(["functions/sender.ts", "functions/wiring/sender-config.ts"]);
  });

  it("has no arrow that runs back up the layers, beyond the known ones being removed", () => {
    const found = upward(all);
    expect(found.filter((arrow) => !KNOWN_UPWARD.has(arrow))).toEqual([]);
    expect(found.length).toBeLessThanOrEqual(KNOWN_UPWARD.size);
  });

  it("keeps every shipped room inside the map, and out of local, infra, cli, bench and test", () => {
    for (const [from, to] of all) {
      expect(RANKS[roomOf(from) ?? ""], from).toBeDefined();
      expect(OUTSIDE, `${from} -> ${to}`).not.toContain(roomOf(to));
    }
  });

  it("keeps the domain pure: no SDK, no environment, no I/O", () => {
    // But for the tables shipped with the code (holidays, zones), read once like a lazily loaded module.
    const shippedData = join(REPO_ROOT, "shared/domain/shipped-file.ts");
    for (const file of sources(join(REPO_ROOT, "shared/domain")).filter((f) => f !== shippedData)) {
      const text = readFileSync(file, "utf8");
      expect(text, file).not.toMatch(/@aws-sdk|process\.env|from "node:(fs|http|https|net|child_process)"/);
    }
  });

  it("builds AWS clients only in functions/clients (the local stack and the benchmark stand outside)", () => {
    const builders = [
      ...sources(join(REPO_ROOT, "shared")),
      ...sources(join(REPO_ROOT, "functions")),
      ...sources(join(REPO_ROOT, "cli")),
    ]
      .filter((file) => /new \w+Client\(/.test(readFileSync(file, "utf8")))
      .map((file) => relative(REPO_ROOT, file));
    expect(builders.length).toBeGreaterThan(0);
    for (const file of builders) expect(file).toMatch(/^functions\/clients\//);
  });
});
