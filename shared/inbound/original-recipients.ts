const ADDRESS_IN_TEXT = /[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/gi;

/**
 * Addresses of the To field of an attached or quoted original (the text after the top-level header block),
 * lower-cased: whom a bounce that names nobody failed to reach.
 */
export function originalRecipients(body: string): string[] {
  const out: string[] = [];
  for (const m of body.matchAll(/^[ \t>]*To:[ \t]*(.{1,500})$/gim)) {
    for (const a of m[1]?.match(ADDRESS_IN_TEXT) ?? []) {
      const address = a.toLowerCase();
      if (!out.includes(address)) out.push(address);
    }
    if (out.length >= 10) break;
  }
  return out;
}
