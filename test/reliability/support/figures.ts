/**
 * One scenario's figures, one row of the reliability table. Every count but `attempts` must be zero: a
 * scenario whose row has a non-zero count failed, whatever else it printed.
 */
export interface ScenarioFigures {
  scenario: string;
  /** How many things the scenario did to the stack (fires, requests, messages, crashes...). */
  attempts: number;
  duplicateEmails: number;
  emailsAfterStop: number;
  lostSteps: number;
  wrongStops: number;
  fiveXx: number;
  halfWritten: number;
  /** Other broken promises of the scenario (a request that never answered, a quota not enforced...). */
  other: number;
  /** One line per problem found (first few of each kind), and what the figures mean for this scenario. */
  notes: string[];
}

export const MUST_BE_ZERO = [
  "duplicateEmails",
  "emailsAfterStop",
  "lostSteps",
  "wrongStops",
  "fiveXx",
  "halfWritten",
  "other",
] as const satisfies readonly (keyof ScenarioFigures)[];

export function emptyFigures(scenario: string): ScenarioFigures {
  return {
    scenario,
    attempts: 0,
    duplicateEmails: 0,
    emailsAfterStop: 0,
    lostSteps: 0,
    wrongStops: 0,
    fiveXx: 0,
    halfWritten: 0,
    other: 0,
    notes: [],
  };
}

export function failedChecks(f: ScenarioFigures): string[] {
  return MUST_BE_ZERO.filter((k) => f[k] !== 0).map((k) => `${k}=${f[k]}`);
}

/** Adds a note, keeping at most `max` notes that start with the same `kind` so the report stays short. */
export function note(f: ScenarioFigures, kind: string, detail: string, max = 3): void {
  const same = f.notes.filter((n) => n.startsWith(`${kind}:`)).length;
  if (same < max) f.notes.push(`${kind}: ${detail}`);
  else if (same === max) f.notes.push(`${kind}: ...`);
}
