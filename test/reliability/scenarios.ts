import type { ScenarioFigures } from "./support/figures.js";

export interface Scenario {
  name: string;
  /** In the default set of `npm run test:reliability` (what CI plays): every scenario that holds on main. */
  byDefault: boolean;
  load(): Promise<{ run(seed: number): Promise<ScenarioFigures> }>;
}

export const SCENARIOS: readonly Scenario[] = [
  { name: "duplicate-fires", byDefault: true, load: () => import("./scenarios/duplicate-fires.js") },
  { name: "crash-restart", byDefault: true, load: () => import("./scenarios/crash-restart.js") },
  { name: "api-fuzz", byDefault: true, load: () => import("./scenarios/api-fuzz.js") },
  { name: "stop-races", byDefault: true, load: () => import("./scenarios/stop-races.js") },
  { name: "hung-dependencies", byDefault: true, load: () => import("./scenarios/hung-dependencies.js") },
  { name: "inbound-forgery", byDefault: true, load: () => import("./scenarios/inbound-forgery.js") },
  { name: "quotas", byDefault: true, load: () => import("./scenarios/quotas.js") },
];
