/**
 * A JSON-safe copy of an SDK command input: a Date becomes `{ $date }`, bytes `{ $base64 }`, a Set
 * `{ $set }` (the generated baseline revives them), undefined members are left out.
 */
export function toTaggedJson(value: unknown): unknown {
  if (value instanceof Date) return { $date: value.toISOString() };
  if (value instanceof Uint8Array) return { $base64: Buffer.from(value).toString("base64") };
  if (value instanceof Set) return { $set: [...value].map(toTaggedJson) };
  if (Array.isArray(value)) return value.map(toTaggedJson);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, member] of Object.entries(value)) {
      if (member !== undefined) out[key] = toTaggedJson(member);
    }
    return out;
  }
  return value;
}
