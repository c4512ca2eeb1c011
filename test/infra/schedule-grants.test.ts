import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../infra/project-root.js";
import {
  actionsOf,
  logicalIdOf,
  type SynthesizedApp,
  statementsOfRole,
  synthFollowupApp,
} from "./synth-followup-app.js";

/** Every `.ts` file under a folder of the repository. */
function sourcesUnder(dir: string): string[] {
  return fs
    .readdirSync(path.join(PROJECT_ROOT, dir), { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts"))
    .map((file) => fs.readFileSync(path.join(PROJECT_ROOT, dir, file), "utf8"));
}

/** The Scheduler operations the Lambdas' code sends (`new CreateScheduleCommand(...)` -> `scheduler:CreateSchedule`). */
function schedulerCallsOfTheCode(): string[] {
  const calls = new Set<string>();
  for (const source of [...sourcesUnder("shared"), ...sourcesUnder("functions")]) {
    for (const match of source.matchAll(/new (\w+Schedule)Command\(/g)) calls.add(`scheduler:${match[1]}`);
  }
  return [...calls].sort();
}

let synth: SynthesizedApp;

beforeAll(() => {
  synth = synthFollowupApp();
});

describe("step schedule grants", () => {
  it("allow exactly the Scheduler operations the code calls, nothing it never calls", () => {
    const calls = schedulerCallsOfTheCode();
    // The adapters create, move and delete step schedules; a failing scan here would make the test vacuous.
    expect(calls).toContain("scheduler:CreateSchedule");
    for (const id of ["Sender", "Reconciler", "CreateInterview", "StopInterview", "Inbound"]) {
      const fn = synth.stateless.functions.get(id);
      if (fn === undefined) throw new Error(`no function ${id}`);
      const granted = actionsOf(statementsOfRole(synth.statelessTemplate, logicalIdOf(fn.role))).filter(
        (action) => action.startsWith("scheduler:"),
      );
      expect(granted, id).toEqual(calls);
    }
  });
});
