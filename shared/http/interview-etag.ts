/**
 * An interview's entity tag: its stored version, which every write moves on. Strong, since one version is
 * one stored item and its view is computed from that item alone; and If-Match compares strongly (RFC 9110
 * 13.1.1), so a weak tag could never make an edit conditional.
 */
export function interviewETag(version: number): string {
  return `"v${version}"`;
}
