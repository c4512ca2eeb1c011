/** A note a move appends to a step's `why`: an out-of-office's "Moved to ..." or a snooze's "Snoozed to ...". */
const MOVE_NOTE = / (?:Moved|Snoozed) to .*$/s;

/**
 * A moved step's `why`: the plan's own words, then `note` (one sentence, starting "Moved to" or "Snoozed
 * to"), replacing the note of an earlier move, so a step moved again says only where it goes now.
 */
export function withMoveNote(why: string, note: string): string {
  return `${why.replace(MOVE_NOTE, "")} ${note}`;
}
