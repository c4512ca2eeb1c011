import type { ScenarioFigures } from "./support/figures.js";

export interface Scenario {
  name: string;
  /** In the default set of `npm run test:reliability`: only scenarios that hold on main are. */
  byDefault: boolean;
  load(): Promise<{ run(seed: number): Promise<ScenarioFigures> }>;
}

export const SCENARIOS: readonly Scenario[] = [
  { name: "duplicate-fires", byDefault: true, load: () => import("./scenarios/duplicate-fires.js") },
  // Fails intermittently on main (1 run in 3 here): after kills mid-registration, an interview's steps were
  // left `unscheduled` and overdue, untouched by the reconciler. Off until understood.
  { name: "crash-restart", byDefault: false, load: () => import("./scenarios/crash-restart.js") },
  { name: "api-fuzz", byDefault: true, load: () => import("./scenarios/api-fuzz.js") },
  // Fails on main: a stop does not yet wait for a claim in flight (the lead's fix).
  { name: "stop-races", byDefault: false, load: () => import("./scenarios/stop-races.js") },
  // Fails on main: clients have no timeouts and POST takes no Idempotency-Key yet (another engineer's fix).
  { name: "hung-dependencies", byDefault: false, load: () => import("./scenarios/hung-dependencies.js") },
  // Fail on main: sender checks, forward limits and quotas are being built by other engineers.
  { name: "inbound-forgery", byDefault: false, load: () => import("./scenarios/inbound-forgery.js") },
  { name: "quotas", byDefault: false, load: () => import("./scenarios/quotas.js") },
];
