/** "a", "a and b", "a, b and c": how a person would write a list of names in a sentence. */
export function readableNames(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
