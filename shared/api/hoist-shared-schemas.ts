/** Named parts of an OpenAPI document by component section (`schemas`, `responses`), as JSON. */
export type NamedComponents = Record<string, Record<string, unknown>>;

/** A document with its shared parts moved to `components`. */
export interface HoistedDocument<D> {
  document: D;
  /** By section, the named parts the document references, each once. */
  components: NamedComponents;
}

/**
 * Replaces every subtree of `document` equal to one of the `named` parts (compared as JSON: the same
 * generator writes both, so keys come in the same order) by a `$ref` to `#/components/<section>/<name>`,
 * and returns the parts that were referenced. A named part inside another is referenced there too. The
 * OpenAPI document repeated the interview's view in six answers, its input in two requests and the same
 * error answers in every operation: 152 KB of JSON, where a Lambda serves the document as a JSON string
 * held in its bundle (no unzipping at its first request) only when that string is small.
 */
export function hoistSharedSchemas<D>(document: D, named: NamedComponents): HoistedDocument<D> {
  const byJson = new Map<string, [string, string]>();
  for (const [section, parts] of Object.entries(named))
    for (const [name, part] of Object.entries(parts)) byJson.set(JSON.stringify(part), [section, name]);
  const used = new Set<string>();
  const walk = (node: unknown, self?: string): unknown => {
    if (node === null || typeof node !== "object") return node;
    const found = byJson.get(JSON.stringify(node));
    if (found !== undefined && found.join("/") !== self) {
      used.add(found.join("/"));
      return { $ref: `#/components/${found.join("/")}` };
    }
    if (Array.isArray(node)) return node.map((item) => walk(item, self));
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, walk(value, self)]));
  };
  const hoisted = walk(document) as D;
  const components: NamedComponents = {};
  // A referenced part may reference others: resolve until no new one appears.
  const done = new Set<string>();
  for (let added = true; added; ) {
    added = false;
    for (const key of [...used].sort()) {
      if (done.has(key)) continue;
      const [section = "", name = ""] = key.split("/");
      const resolved = walk(named[section]?.[name], key);
      components[section] = { ...components[section], [name]: resolved };
      done.add(key);
      added = true;
    }
  }
  const sorted = (parts: Record<string, unknown>) => Object.fromEntries(Object.entries(parts).sort());
  return {
    document: hoisted,
    components: Object.fromEntries(Object.entries(components).map(([s, parts]) => [s, sorted(parts)])),
  };
}
