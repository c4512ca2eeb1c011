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
