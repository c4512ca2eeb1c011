/** What the service knows of one contact address of one owner. */
export interface ContactMarker {
  /** Lower-cased. */
  email: string;
  /** The distinct-contact window (`QuotaWindow.key`) the address was last counted in, if ever. */
  countedIn?: string;
  /** When it was first used in that window (ISO 8601). */
  firstUsedAt?: string;
  /** Every interview of the owner that has had this address as a contact. */
  interviewIds: string[];
}

/**
 * One small record per owner and contact address. It makes the distinct-contact quota count an address
 * once per window (a retry or a second interview with the same recruiter finds it already counted), and
 * lists the owner's interviews that reach the address, so the cap of unanswered follow-ups can hold per
 * address whatever application the caller files an interview under.
 */
export interface QuotaContactMarkers {
  /** The markers of these addresses (lower-cased); an address never used has none. */
  get(owner: string, emails: readonly string[]): Promise<Map<string, ContactMarker>>;
  /**
   * Adds the interview to the address's list and, with `countedIn`, records that the address was counted
   * in that window (first use at `at`).
   */
  mark(
    owner: string,
    email: string,
    change: { interviewId: string; at: string; countedIn?: string },
  ): Promise<void>;
}
