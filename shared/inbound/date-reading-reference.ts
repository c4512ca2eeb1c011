/**
 * The moment relative dates in a message are read from: its own Date header when it has a valid one that
 * is not in the future (a day of clock skew allowed), else the time it was received. "Friday" in a reply
 * written on Monday and read on Wednesday is that week's Friday.
 */
export function dateReadingReference(dateHeader: string | undefined, receivedAt: Date): Date {
  if (!dateHeader) return receivedAt;
  const written = new Date(dateHeader);
  if (Number.isNaN(written.getTime())) return receivedAt;
  if (written.getTime() > receivedAt.getTime() + 24 * 60 * 60 * 1000) return receivedAt;
  return written;
}
