/** True when `keys` are in the order sort() would put them (so an object listing them needs no copy). */
function inOrder(keys: readonly string[]): boolean {
  for (let i = 1; i < keys.length; i++) if ((keys[i - 1] as string) > (keys[i] as string)) return false;
  return true;
}

/**
 * `value` as JSON.stringify sees it under `key` (after `toJSON`), with every plain object's keys sorted: the
 * same value when nothing needed sorting, else a copy of only the objects and arrays on the way to the ones
 * that did. An object lists integer-like keys first whatever their insertion order, so a copy with sorted
 * keys and an object whose keys are already in sorted order serialise alike.
 */
function sorted(key: string, value: unknown): unknown {
  let v = value;
  if (v && typeof (v as { toJSON?: unknown }).toJSON === "function") {
    v = (v as { toJSON(key: string): unknown }).toJSON(key);
  }
  if (!v || typeof v !== "object") return v;
  if (Array.isArray(v)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < v.length; i++) {
      const was: unknown = v[i];
      const now = sorted(String(i), was);
      if (now !== was && !out) out = v.slice(0, i);
      out?.push(now);
    }
    return out ?? v;
  }
  const record = v as Record<string, unknown>;
  const keys = Object.keys(record);
  const ordered = inOrder(keys);
  let out: Record<string, unknown> | undefined = ordered ? undefined : {};
  for (const k of ordered ? keys : keys.sort()) {
    const was = record[k];
    const now = sorted(k, was);
    if (now !== was && !out) {
      out = {};
      for (const before of keys) {
        if (before === k) break;
        out[before] = record[before];
      }
    }
    if (out) out[k] = now;
  }
  return out ?? v;
}

/**
 * JSON with object keys sorted and undefined values left out, as the table stores and returns an item.
 * The sorting is a walk before a plain JSON.stringify, not a replacer: a replacer is a call back into
 * JavaScript for every value, and this compare was 5 % of the main thread's CPU while 10,000 steps were sent
 * in `npm run bench:load`.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sorted("", value));
}
