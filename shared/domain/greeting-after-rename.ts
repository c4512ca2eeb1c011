// Titles say nothing of who is meant: "Dr. Shah" and "Dr. Li" share no name.
const TITLES = new Set(["dr", "mr", "mrs", "ms", "mx", "miss", "prof", "sir"]);
const words = (s: string) =>
  s
    .toLowerCase()
    .split(/[\s.,-]+/u)
    .filter((w) => w !== "" && !TITLES.has(w));

/**
 * A contact's saved `greeting` after their name was changed to `name`: kept while the name shares a word
 * with it (a typo fixed, "Dr. Shah" for "Priya Shah"), emptied when it does not (another person now, who
 * must not be greeted by the one before's name). The web edit form and the CLI's `edit` both follow it.
 */
export function greetingAfterRename(greeting: string, name: string): string {
  const inName = new Set(words(name));
  return words(greeting).some((w) => inName.has(w)) ? greeting : "";
}

/**
 * Whether two names can be one person's, by the same reading: they share a word other than a title ("Rita
 * Ruiz" and "Rita Ruiz-Ortiz", a typo fixed), where "Ann Lee" and "Rita Ruiz" at one shared mailbox do not.
 */
export function shareAName(a: string, b: string): boolean {
  const inA = new Set(words(a));
  return words(b).some((w) => inA.has(w));
}
