import { usageError } from "./cli-error.js";

export interface ContactArg {
  name: string;
  email?: string;
}

/**
 * `"Dana Ortiz <dana@acme.example>"`, `dana@acme.example` or (where `email` may be left out) `"Dana Ortiz"`.
 * Only the shape is checked here; the API checks the address itself and names the field.
 */
export function parseContact(raw: string, flag: string, emailRequired = true): ContactArg {
  const text = raw.trim();
  const angled = /^(.*?)\s*<([^<>\s]+)>$/.exec(text);
  if (angled) {
    const name = angled[1]?.trim().replace(/^"(.*)"$/, "$1") ?? "";
    const email = angled[2] ?? "";
    return { name: name || email, email };
  }
  if (/^[^\s@]+@[^\s@]+$/.test(text)) return { name: text, email: text };
  if (!emailRequired && text) return { name: text };
  throw usageError(`${flag} must be "Name <email>" or an email address, got "${raw}"`);
}
