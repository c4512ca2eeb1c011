import { failedAuthentication } from "./failed-authentication.js";
import { isFreeMailDomain } from "./free-mail-domains.js";
import type { ReceiptVerdicts } from "./inbound-email.js";
import { plainAddressParts } from "./plain-address-parts.js";

export type SenderTrust = { trusted: true; as: "contact" | "colleague" } | { trusted: false; reason: string };

const domainOf = (address: string) => address.slice(address.lastIndexOf("@") + 1).toLowerCase();

/** The same domain, or a subdomain of it (`mail.acme.example` answers for `acme.example`). */
const sameOrganisation = (fromDomain: string, contactDomain: string) =>
  fromDomain === contactDomain || fromDomain.endsWith(`.${contactDomain}`);

/**
 * Whether a message may change a chain: its From must be one of the interview's contacts (compared without
 * case), or a colleague at a contact's own domain (never a free-mail domain, where anyone can open an
 * address, nor one of ours), and the receipt's SPF/DKIM/DMARC verdicts must not fail (see
 * failedAuthentication). Holding a reply address or quoting a Message-ID we sent proves nothing by itself,
 * and a From that is not a plain `local@domain` (a source route `<@relay:dana@acme.example>`, a second `@`:
 * see plainAddressParts) is never trusted, whatever domain it ends in.
 */
export function senderTrust(input: {
  from: string | undefined;
  contacts: readonly string[];
  verdicts: ReceiptVerdicts | undefined;
  ownDomains: readonly string[];
}): SenderTrust {
  const from = input.from?.trim().toLowerCase() ?? "";
  if (!from.includes("@")) return { trusted: false, reason: "it has no sender address" };
  const parts = plainAddressParts(from);
  if (!parts)
    return { trusted: false, reason: `its sender address ${from} is not a plain local@domain address` };
  const failed = failedAuthentication(input.verdicts);
  if (failed) return { trusted: false, reason: `its sender could not be verified (${failed})` };
  const contacts = input.contacts.map((c) => c.trim().toLowerCase());
  if (contacts.includes(from)) return { trusted: true, as: "contact" };
  const fromDomain = parts.domain;
  const own = input.ownDomains.map((d) => d.toLowerCase());
  const isOurs = own.some((d) => sameOrganisation(fromDomain, d));
  const colleague =
    !isOurs &&
    contacts.some((c) => {
      const domain = domainOf(c);
      return !isFreeMailDomain(domain) && !own.includes(domain) && sameOrganisation(fromDomain, domain);
    });
  if (colleague) return { trusted: true, as: "colleague" };
  return { trusted: false, reason: `${from} is not a contact of this interview` };
}
