import type { Interview } from "../domain/interview.js";
import { quotaWindow } from "../domain/quota-window.js";
import type { InterviewStore } from "../ports/interview-store.js";
import type { UsageDeps } from "./reserve-usage.js";

export interface ContactUsage {
  /** Addresses not yet counted in the current distinct-contact window: what a use of them would charge. */
  fresh: string[];
  /** The owner's other interviews that have had any of the addresses as a contact, whatever their application. */
  reaching: Interview[];
}

/**
 * What the owner has already done with these contact addresses (lower-cased): which are new in this
 * distinct-contact window, and which of their interviews reach them (for the cap of unanswered follow-ups
 * per address). One GetItem per address, then one per interview listed; interviews since deleted are gone.
 *
 * Approximate on purpose, in the safe direction: two concurrent requests bringing in the same new address
 * both see it fresh and both count it (the marker is written after the interview, see recordContactUsage),
 * so the distinct-contact count can run slightly high, never low. A retry of a request that succeeded finds
 * the marker and does not count again.
 */
export async function readContactUsage(
  usage: UsageDeps,
  store: Pick<InterviewStore, "get">,
  request: { owner: string; emails: readonly string[]; now: Date; excludeId?: string },
): Promise<ContactUsage> {
  const { owner, emails, now, excludeId } = request;
  if (emails.length === 0) return { fresh: [], reaching: [] };
  const markers = await usage.contacts.get(owner, emails);
  const window = quotaWindow("contacts_per_30_days", now).key;
  const fresh = emails.filter((email) => markers.get(email)?.countedIn !== window);
  const ids = new Set([...markers.values()].flatMap((m) => m.interviewIds));
  if (excludeId) ids.delete(excludeId);
  const loaded = await Promise.all([...ids].map((id) => store.get(id)));
  const reaching = loaded.filter((i): i is Interview => i !== undefined && i.owner === owner);
  return { fresh, reaching };
}
