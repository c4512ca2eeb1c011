// Where the returned copy of the original message starts in a plain-text bounce: below it, addresses and
// words are the original's, not the server's.
export const ORIGINAL_START =
  /^\s*(-{3,}.*(original message|returned message|copy of the message|message headers|original headers|undelivered message)|Received:|Return-Path:|Reporting-MTA:)/im;

/** A plain-text bounce's own notice: its text above the returned original, when that is marked. */
export function aboveReturnedOriginal(text: string): string {
  const cut = text.search(ORIGINAL_START);
  return cut > 0 ? text.slice(0, cut) : text;
}
