interface Visit {
  value: unknown;
  key: string;
  parent: Visit | undefined;
}

/**
 * Where a parsed body holds an own `__proto__` key (JSON.parse makes one), as field names from the top; or
 * undefined. zod's records drop such a key unread, so `{"stepTemplates": {"__proto__": ...}}` would pass as
 * an empty map: validateInput refuses it first. The walk keeps its own stack, so no nesting depth throws.
 */
export function protoKeyPath(body: unknown): string[] | undefined {
  const stack: Visit[] = [{ value: body, key: "", parent: undefined }];
  for (let visit = stack.pop(); visit !== undefined; visit = stack.pop()) {
    const value = visit.value;
    if (typeof value !== "object" || value === null) continue;
    for (const key of Object.keys(value)) {
      const child: Visit = { value: (value as Record<string, unknown>)[key], key, parent: visit };
      if (key === "__proto__") return pathOf(child);
      stack.push(child);
    }
  }
  return undefined;
}

function pathOf(visit: Visit): string[] {
  const path: string[] = [];
  for (let v: Visit | undefined = visit; v?.parent !== undefined; v = v.parent) path.unshift(v.key);
  return path;
}
