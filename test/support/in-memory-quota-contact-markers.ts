import type { ContactMarker, QuotaContactMarkers } from "../../shared/ports/quota-contact-markers.js";

/** Contact markers in memory, keyed by owner and lower-cased address. */
export class InMemoryQuotaContactMarkers implements QuotaContactMarkers {
  readonly markers = new Map<string, ContactMarker>();

  async get(owner: string, emails: readonly string[]): Promise<Map<string, ContactMarker>> {
    const found = new Map<string, ContactMarker>();
    for (const email of emails) {
      const marker = this.markers.get(`${owner}|${email}`);
      if (marker) found.set(email, structuredClone(marker));
    }
    return found;
  }

  async mark(
    owner: string,
    email: string,
    change: { interviewId: string; at: string; countedIn?: string },
  ): Promise<void> {
    const key = `${owner}|${email}`;
    const marker = this.markers.get(key) ?? { email, interviewIds: [] };
    if (!marker.interviewIds.includes(change.interviewId)) marker.interviewIds.push(change.interviewId);
    if (change.countedIn !== undefined) {
      marker.countedIn = change.countedIn;
      marker.firstUsedAt = change.at;
    }
    this.markers.set(key, marker);
  }
}
