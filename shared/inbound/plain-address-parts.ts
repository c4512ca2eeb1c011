/** A quoted local part, up to the `@` that ends it: `"dana@home"` in `"dana@home"@acme.example`. */
const QUOTED_LOCAL = /^"(?:[^"\\]|\\.)*"(?=@)/;

/**
 * The local part and domain of a plain `local@domain` address, or undefined for anything else: a source
 * route (`@relay.example:dana@acme.example`, RFC 5322's obsolete route, which postal-mime keeps in the
 * address), a `:`, a stray `"` or a second `@` outside a quoted local part, an empty local part or domain, or a domain
 * holding white space. A quoted local part is plain: postal-mime keeps its quotes inside angle brackets
 * (`<"dana smith"@acme.example>`) and drops them in a bare address, so a bare one holding `@` or `:`
 * reads as not plain (the safe side: such a sender is not trusted).
 */
export function plainAddressParts(address: string): { local: string; domain: string } | undefined {
  const quoted = QUOTED_LOCAL.exec(address)?.[0];
  const at = quoted?.length ?? address.indexOf("@");
  // -1: no `@` at all; 0: a leading `@` (a source route, or no local part).
  if (at <= 0) return undefined;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (quoted === undefined ? /[:"]/.test(local) : quoted === '""') return undefined;
  if (domain === "" || /[@:\s]/.test(domain)) return undefined;
  return { local, domain };
}
