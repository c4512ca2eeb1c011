const ONE_HOUR_MS = 60 * 60 * 1000;

/**
 * When `npm run demo` records its offer (an ISO instant for POST /_local/clock `{"to"}`): an hour after the
 * chain's first steps go out, so the stop lands halfway through it whatever day and hour the demo runs
 * (a fixed advance from "now" fell before the first steps when run on a Friday morning).
 */
export function demoStopMoment(steps: ReadonlyArray<{ sendAt: string }>): string {
  const first = Math.min(...steps.map((s) => Date.parse(s.sendAt)));
  return new Date(first + ONE_HOUR_MS).toISOString();
}
