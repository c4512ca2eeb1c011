/** Items a DynamoDB request names: one, or the entries of a transaction or batch. */
export function itemsIn(command: string, body: string): number {
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(body) as Record<string, unknown>;
  } catch {
    return 1;
  }
  if (command.startsWith("Transact") && Array.isArray(parsed.TransactItems))
    return parsed.TransactItems.length;
  const batch = parsed.RequestItems;
  if (batch && typeof batch === "object") {
    return Object.values(batch as Record<string, unknown>).reduce<number>((n, v) => {
      if (Array.isArray(v)) return n + v.length;
      const keys = (v as { Keys?: unknown[] }).Keys;
      return n + (Array.isArray(keys) ? keys.length : 0);
    }, 0);
  }
  return 1;
}
