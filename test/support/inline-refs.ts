/**
 * An OpenAPI document with every local `$ref` (`#/components/...`) replaced by what it points to, so a
 * test reads an operation's schemas as a client resolving the references would. Throws on a reference
 * to nothing.
 */
export function inlineRefs<D>(document: D): D {
  const resolve = (ref: string): unknown => {
    let node: unknown = document;
    for (const key of ref.replace(/^#\//, "").split("/")) {
      node = (node as Record<string, unknown> | undefined)?.[key];
      if (node === undefined) throw new Error(`${ref} points to nothing`);
    }
    return node;
  };
  const walk = (node: unknown): unknown => {
    if (node === null || typeof node !== "object") return node;
    if (Array.isArray(node)) return node.map(walk);
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref === "string" && ref.startsWith("#/")) return walk(resolve(ref));
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, walk(value)]));
  };
  return walk(document) as D;
}
