import fs from "node:fs";
import path from "node:path";
import type { Template } from "aws-cdk-lib/assertions";

/** How a deploy-time value appears in the config read back from the assembly: its CloudFormation form. */
export function deployTimeValue(value: unknown): string {
  return `<${JSON.stringify(value)}>`;
}

interface DeploymentProperties {
  SourceObjectKeys: string[];
  SourceMarkers?: Record<string, unknown>[];
  Prune?: boolean;
  Exclude?: string[];
  Include?: string[];
  SystemMetadata?: Record<string, string>;
  DistributionId?: unknown;
  DistributionPaths?: string[];
}

/** The stack's BucketDeployment custom resources' properties. */
export function bucketDeployments(template: Template): DeploymentProperties[] {
  return Object.values(template.findResources("Custom::CDKBucketDeployment")).map(
    (resource) => resource.Properties as DeploymentProperties,
  );
}

/**
 * The `/config.json` a deploy would write, read from the cloud assembly, with each deploy-time value
 * (a marker the deployment replaces) shown as `deployTimeValue(<its CloudFormation form>)`.
 */
export function siteConfigOf(template: Template, outdir: string): unknown {
  for (const deployment of bucketDeployments(template)) {
    for (const [index, key] of deployment.SourceObjectKeys.entries()) {
      const file = path.join(outdir, `asset.${key.replace(/\.zip$/, "")}`, "config.json");
      if (!fs.existsSync(file)) continue;
      const markers = deployment.SourceMarkers?.[index] ?? {};
      return JSON.parse(fs.readFileSync(file, "utf8"), (_key, value: unknown) =>
        typeof value === "string"
          ? value.replace(/<<marker:0xbaba:\d+>>/g, (marker) => deployTimeValue(markers[marker]))
          : value,
      );
    }
  }
  throw new Error("no deployment writes config.json");
}

/** The web app's Content-Security-Policy as directive -> sources; deploy-time parts as their JSON. */
export function cspOf(template: Template): Map<string, string[]> {
  const policies = Object.values(template.findResources("AWS::CloudFront::ResponseHeadersPolicy"));
  if (policies.length !== 1)
    throw new Error(`expected one response headers policy, found ${policies.length}`);
  const value = policies[0]?.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig
    .ContentSecurityPolicy.ContentSecurityPolicy as unknown;
  const text =
    typeof value === "string"
      ? value
      : ((value as { "Fn::Join": [string, unknown[]] })["Fn::Join"][1]
          .map((part) => (typeof part === "string" ? part : deployTimeValue(part)))
          .join("") as string);
  return new Map(
    text.split(";").map((directive) => {
      const [name = "", ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}
