import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { App, type CfnElement, Stack } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import type { IConstruct } from "constructs";
import { readDeploySettings } from "../../infra/config/deploy-settings.js";
import { createStacks, type FollowupStacks } from "../../infra/create-stacks.js";
import { PROJECT_ROOT } from "../../infra/project-root.js";
import { standInWebDist } from "./stand-in-web-dist.js";

/** The context `cdk synth` uses: cdk.json's, feature flags and example settings included. */
export function cdkJsonContext(): Record<string, unknown> {
  const cdkJson = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, "cdk.json"), "utf8")) as {
    context: Record<string, unknown>;
  };
  return cdkJson.context;
}

export interface SynthOptions {
  /** Context on top of cdk.json's (like `-c key=value`). */
  context?: Record<string, unknown>;
  /** Bundle the Lambdas with esbuild (slow: only the test that inspects bundles needs it). */
  bundle?: boolean;
  /** Runs before synthesis, e.g. to add validation plugins. */
  prepare?: (app: App) => void;
  /** Cloud assembly directory; a fresh temporary one by default. */
  outdir?: string;
  /** The web app's build; a tiny stand-in by default, so the tests need no `npm run build:web`. */
  webDistDir?: string;
}

export interface SynthesizedApp extends FollowupStacks {
  app: App;
  outdir: string;
  statefulTemplate: Template;
  statelessTemplate: Template;
}

/** Builds the app exactly as infra/bin/app.ts does (minus the process exit) and synthesizes it once. */
export function synthFollowupApp(options: SynthOptions = {}): SynthesizedApp {
  const outdir = options.outdir ?? fs.mkdtempSync(path.join(os.tmpdir(), "followup-cdk-"));
  const context: Record<string, unknown> = { ...cdkJsonContext(), ...options.context };
  if (!options.bundle) context["aws:cdk:bundling-stacks"] = [];
  const app = new App({ context, outdir });
  const settings = readDeploySettings({ context: (key) => app.node.tryGetContext(key), env: {} });
  const stacks = createStacks(app, settings, { webDistDir: options.webDistDir ?? standInWebDist() });
  options.prepare?.(app);
  app.synth();
  return {
    app,
    outdir,
    ...stacks,
    statefulTemplate: Template.fromStack(stacks.stateful),
    statelessTemplate: Template.fromStack(stacks.stateless),
  };
}

/** The logical id CloudFormation knows a construct's resource by. */
export function logicalIdOf(construct: IConstruct): string {
  const element = (construct.node.defaultChild ?? construct) as CfnElement;
  return Stack.of(construct).getLogicalId(element);
}

export interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: Record<string, unknown>;
}

/** Every statement of every policy attached to the role with this logical id. */
export function statementsOfRole(template: Template, roleLogicalId: string): Statement[] {
  const policies = template.findResources("AWS::IAM::Policy");
  return Object.values(policies)
    .filter((policy) =>
      (policy.Properties.Roles as unknown[]).some(
        (role) => JSON.stringify(role) === JSON.stringify({ Ref: roleLogicalId }),
      ),
    )
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Statement[]);
}

export function actionsOf(statements: readonly Statement[]): string[] {
  return [...new Set(statements.flatMap((statement) => [statement.Action].flat()))].sort();
}

/** The resources of the statements that grant `action`, as JSON (for matching on logical ids). */
export function resourcesFor(statements: readonly Statement[], action: string): string[] {
  return statements
    .filter((statement) => [statement.Action].flat().includes(action))
    .flatMap((statement) => [statement.Resource].flat())
    .map((resource) => JSON.stringify(resource));
}
