import path from "node:path";
import { type App, Validations } from "aws-cdk-lib";
import type { DeploySettings } from "./config/deploy-settings.js";
import { exampleValuesMessage } from "./constructs/example-value-guard.js";
import { PROJECT_ROOT } from "./project-root.js";
import { StatefulStack } from "./stacks/stateful-stack.js";
import { StatelessStack } from "./stacks/stateless-stack.js";

export const STATEFUL_STACK_NAME = "FollowupStateful";
export const STATELESS_STACK_NAME = "FollowupStateless";

export interface FollowupStacks {
  stateful: StatefulStack;
  stateless: StatelessStack;
}

export interface CreateStacksOptions {
  /** Where the Lambda entries live; defaults to this repository. */
  projectRoot?: string;
  /** The web app's build; defaults to this repository's `web/dist` (`npm run build:web`). */
  webDistDir?: string;
}

/**
 * The two stacks of the service. No fixed `env`: the CLI's account and region are used at deploy time,
 * and synth needs no credentials.
 */
export function createStacks(
  app: App,
  settings: DeploySettings,
  options: CreateStacksOptions = {},
): FollowupStacks {
  const stateful = new StatefulStack(app, STATEFUL_STACK_NAME, {
    description: "Follow-up scheduler: data and identities (retained on delete)",
    settings,
  });
  const stateless = new StatelessStack(app, STATELESS_STACK_NAME, {
    description: "Follow-up scheduler: functions, HTTP API, schedules, mail intake, alarms",
    settings,
    stateful,
    projectRoot: options.projectRoot,
    webDistDir: options.webDistDir ?? path.join(PROJECT_ROOT, "web", "dist"),
  });
  if (settings.exampleValues.length > 0) {
    Validations.of(app).addWarning("followup:example-settings", exampleValuesMessage(settings.exampleValues));
  }
  return { stateful, stateless };
}
