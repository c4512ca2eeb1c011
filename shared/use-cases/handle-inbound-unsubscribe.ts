import { unsubscribeIgnoredNote } from "../mail/inbound-timeline-words.js";
import type { InboundContext } from "./inbound-context.js";
import type { InboundHandled } from "./inbound-outcome.js";
import { noteInboundEvent } from "./note-inbound-event.js";
import { unsubscribeAddress } from "./unsubscribe-address.js";

/**
 * Apple Mail's one-click unsubscribe (and the like): the contact asking us to stop writing to them. Only
 * the contact's own address can unsubscribe itself; anyone else changes nothing but the timeline.
 */
export async function handleInboundUnsubscribe(ctx: InboundContext): Promise<InboundHandled> {
  const { deps, interview, trust, from, at } = ctx;
  if (!trust.trusted || trust.as !== "contact" || !from) {
    await noteInboundEvent(deps.store, interview.id, {
      at,
      type: "inbound.unsubscribe_ignored",
      detail: unsubscribeIgnoredNote(from, trust.trusted ? "not a contact's own address" : trust.reason),
    });
    return { result: "recorded", reason: "unsubscribe request from someone other than the contact" };
  }
  const cancelled = await unsubscribeAddress(deps, {
    owner: interview.owner,
    email: from,
    originId: interview.id,
    how: "by an unsubscribe email",
  });
  return { result: "recorded", reason: `${from} unsubscribed (${cancelled} steps cancelled)` };
}
