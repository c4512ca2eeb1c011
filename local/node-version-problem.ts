/**
 * Why this Node.js cannot run the project, or undefined when it can. `range` is package.json's
 * `engines.node` in the subset of npm's syntax it uses: comparators (`>=`, `>`, `<=`, `<`, `=` or none,
 * with one to three numbers) joined by spaces, alternatives joined by `||`.
 */
export function nodeVersionProblem(version: string, range: string): string | undefined {
  const running = parseVersion(version);
  const alternatives = range.split("||").map((part) => part.trim().split(/\s+/).map(parseComparator));
  if (running === undefined || alternatives.some((set) => set.some((c) => c === undefined))) return undefined;
  const sets = alternatives as Comparator[][];
  if (sets.some((set) => set.every((c) => satisfies(running, c)))) return undefined;
  const lowest = sets
    .flatMap((set) => set.filter((c) => c.op === ">=" || c.op === ">"))
    .every((c) => compare(running, c.version) < 0);
  const what = lowest ? "is too old" : "is not supported";
  const wanted = sets
    .map((set) => set.find((c) => c.op === ">=")?.version)
    .filter((bound) => bound !== undefined)
    .map(
      (bound) =>
        `${bound[0]}${bound[1] > 0 || bound[2] > 0 ? `.${bound[1]}` : ""}${bound[2] > 0 ? `.${bound[2]}` : ""}+`,
    );
  const use = wanted.length > 0 ? `use Node.js ${wanted.join(" or ")}` : "use a supported Node.js";
  return `Node.js ${version.replace(/^v?/, "v")} ${what}: ${use} (package.json engines: ${range}), then run npm ci and npm start again.`;
}

type Version = [number, number, number];
interface Comparator {
  op: ">=" | ">" | "<=" | "<" | "=";
  version: Version;
}

function parseVersion(text: string): Version | undefined {
  const match = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:[-+].*)?$/.exec(text.trim());
  if (match === null) return undefined;
  return [Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0)];
}

function parseComparator(text: string): Comparator | undefined {
  const match = /^(>=|<=|>|<|=)?(.+)$/.exec(text);
  const version = match?.[2] === undefined ? undefined : parseVersion(match[2]);
  if (match === null || version === undefined) return undefined;
  return { op: (match[1] ?? "=") as Comparator["op"], version };
}

function compare(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

function satisfies(version: Version, { op, version: bound }: Comparator): boolean {
  const order = compare(version, bound);
  if (op === ">=") return order >= 0;
  if (op === ">") return order > 0;
  if (op === "<=") return order <= 0;
  if (op === "<") return order < 0;
  return order === 0;
}
