/** What `judgedWithRace` needs of a race: its racing steps, and when it was held back, if it was. */
export interface HeldRace {
  due: readonly { id: string }[];
  /** Real time at which the race was held back to be judged at the scenario's end. */
  heldBackAt?: number;
}

/**
 * Whether an email of a race's chain is judged with the race: every email up to the moment the race was held
 * back (all of them, for a race judged with its batch), and after that only the racing steps' own. A held
 * race's chain lives on while later batches move the clock, so its later steps fall due and may rightly
 * email (a reply that asks for a check-in plans one), which a race judged with its batch never sees.
 */
export function judgedWithRace(race: HeldRace, stepId: string, at: number): boolean {
  return race.heldBackAt === undefined || at <= race.heldBackAt || race.due.some((s) => s.id === stepId);
}
