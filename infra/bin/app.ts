import { App, Validations } from "aws-cdk-lib";
import { AwsSolutionsChecks } from "cdk-nag";
import { DeploySettingsError, readDeploySettings } from "../config/deploy-settings.js";
import { WebAppNotBuiltError } from "../constructs/web-app-not-built-error.js";
import { createStacks } from "../create-stacks.js";

const app = new App();
try {
  const settings = readDeploySettings({ context: (key) => app.node.tryGetContext(key), env: process.env });
  createStacks(app, settings);
} catch (error) {
  if (!(error instanceof DeploySettingsError || error instanceof WebAppNotBuiltError)) throw error;
  // The CLI shows the app's stderr; a stack trace would only bury the list of bad settings (or the one
  // line saying to build the web app).
  console.error(error.message);
  process.exit(1);
}
// Every synth (and so every deploy) runs the AWS Solutions rules; a finding without an acknowledged
// reason stops it.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
