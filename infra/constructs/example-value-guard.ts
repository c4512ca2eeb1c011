import { CfnParameter, CfnRule, Fn } from "aws-cdk-lib";
import { Construct } from "constructs";

export const EXAMPLE_VALUES_PARAMETER = "ExampleSettingsInUse";

/** What a deploy with example settings is refused with (and what synth warns about). */
export function exampleValuesMessage(settings: readonly string[]): string {
  return `cdk.json still holds example values for: ${settings.join(", ")}. Set real values (cdk.json context, -c key=value or the FOLLOWUP_* environment variables) before deploying.`;
}

export interface ExampleValueGuardProps {
  /** Context keys still holding a placeholder value (DeploySettings.exampleValues). */
  settings: readonly string[];
}

/**
 * Lets `cdk synth` (and the tests) run on a fresh clone with cdk.json's example values, but stops a deploy
 * that still uses one, naming it.
 *
 * The app cannot tell a synth from a deploy (the CLI runs it the same way for both), so the check lives in
 * the template: a parameter that defaults to the list of example settings and a CloudFormation rule that
 * requires it to be "none". CloudFormation evaluates rules before it touches any resource, so the deploy
 * fails at change-set creation with exampleValuesMessage, before any resource changes. Every stack carries
 * the guard, so deploying either one alone is refused too. (createStacks also adds one synth-time warning
 * saying the same, which fails `cdk synth --strict`.) Nothing is added when every setting is real.
 */
export class ExampleValueGuard extends Construct {
  constructor(scope: Construct, id: string, props: ExampleValueGuardProps) {
    super(scope, id);
    if (props.settings.length === 0) return;
    const list = props.settings.join(", ");
    const parameter = new CfnParameter(this, "Parameter", {
      type: "String",
      default: list,
      description: "Settings that still hold an example value; the deploy is refused unless this is 'none'.",
    });
    parameter.overrideLogicalId(EXAMPLE_VALUES_PARAMETER);
    new CfnRule(this, "Rule", {
      assertions: [
        {
          assert: Fn.conditionEquals(parameter.valueAsString, "none"),
          assertDescription: exampleValuesMessage(props.settings),
        },
      ],
    }).overrideLogicalId("RefuseExampleSettings");
  }
}
