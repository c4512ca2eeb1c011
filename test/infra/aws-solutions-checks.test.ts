import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Validations } from "aws-cdk-lib";
import { AwsSolutionsChecks } from "cdk-nag";
import { beforeAll, describe, expect, it } from "vitest";
import { synthFollowupApp } from "./synth-followup-app.js";

interface Finding {
  ruleName: string;
  severity: string;
  violatingConstructs: { constructPath: string }[];
  acknowledgedId?: string;
  reason?: string;
}

interface ValidationReport {
  pluginReports: { pluginName: string; violations: Finding[]; suppressedViolations?: Finding[] }[];
}

let report: ValidationReport;
let synthError: unknown;

beforeAll(() => {
  // Exactly what infra/bin/app.ts runs on every `cdk synth`; bundling is irrelevant to the rules.
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "followup-nag-"));
  try {
    synthFollowupApp({
      outdir,
      prepare: (app) => Validations.of(app).addPlugins(new AwsSolutionsChecks(app)),
    });
  } catch (error) {
    synthError = error;
  }
  report = JSON.parse(
    fs.readFileSync(path.join(outdir, "validation-report.json"), "utf8"),
  ) as ValidationReport;
});

/** The CDK's one BucketDeployment handler per stack, which copies the web app into its bucket. */
function isWebCopier(constructPath: string): boolean {
  return constructPath.startsWith("FollowupStateless/Custom::CDKBucketDeployment");
}

function nagReport() {
  const found = report.pluginReports.find((plugin) => plugin.pluginName === "AwsSolutions");
  if (found === undefined) throw new Error("cdk-nag did not report");
  return found;
}

describe("cdk-nag AwsSolutions rules", () => {
  it("leave no unacknowledged finding, error or warning", () => {
    const open = nagReport().violations.flatMap((finding) =>
      finding.violatingConstructs.map(
        (construct) => `${finding.ruleName} (${finding.severity}) at ${construct.constructPath}`,
      ),
    );
    expect(open).toEqual([]);
    expect(synthError).toBeUndefined();
  });

  it("are acknowledged only for the reviewed rules, each with a reason", () => {
    const acknowledged = nagReport().suppressedViolations ?? [];
    expect([...new Set(acknowledged.map((finding) => finding.ruleName.replace(/\[.*$/, "")))].sort()).toEqual(
      [
        "AwsSolutions-APIG4",
        "AwsSolutions-CFR1",
        "AwsSolutions-CFR2",
        "AwsSolutions-CFR3",
        "AwsSolutions-CFR4",
        "AwsSolutions-COG2",
        "AwsSolutions-COG8",
        "AwsSolutions-IAM4",
        "AwsSolutions-IAM5",
        "AwsSolutions-L1",
        "AwsSolutions-S1",
        "AwsSolutions-SMG4",
        "AwsSolutions-SQS3",
      ],
    );
    for (const finding of acknowledged) expect(finding.reason?.length ?? 0).toBeGreaterThan(60);
  });

  it("accept wildcards only for the step group's schedules, the reconciler's own versions and raw mail under inbound/", () => {
    const wildcards = (nagReport().suppressedViolations ?? [])
      .filter((finding) => finding.ruleName.startsWith("AwsSolutions-IAM5["))
      .filter((finding) => !finding.violatingConstructs.some((c) => isWebCopier(c.constructPath)));
    for (const finding of wildcards) {
      expect(finding.acknowledgedId).toMatch(
        /^AwsSolutions::AwsSolutions-IAM5\[Resource::(arn:<AWS::Partition>:scheduler:<AWS::Region>:<AWS::AccountId>:schedule\/FollowupStateless-Scheduling-Group-[0-9A-F]+\/\*|<ReconcilerFunction[0-9A-F]+\.Arn>:\*|arn:<AWS::Partition>:s3:::followupstateful-inbound-<AWS::AccountId>-<AWS::Region>\/inbound\/\*)\]$/,
      );
    }
    // Ten schedule writers (sender, reconciler, inbound, five interview routes: create, update, stop,
    // snooze, delete; unsubscribe, manage), the reconciler's schedule role, the inbound raw-mail read.
    expect(wildcards.flatMap((finding) => finding.violatingConstructs)).toHaveLength(12);
  });

  it("accept the CDK's web app copier's wildcards only on the CDK asset bucket, the site bucket's objects and invalidations", () => {
    const copier = (nagReport().suppressedViolations ?? []).filter((finding) =>
      finding.violatingConstructs.some((c) => isWebCopier(c.constructPath)),
    );
    expect(copier.map((finding) => finding.ruleName).sort()).toEqual(
      [
        "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]",
        "AwsSolutions-IAM5[Action::s3:Abort*]",
        "AwsSolutions-IAM5[Action::s3:DeleteObject*]",
        "AwsSolutions-IAM5[Action::s3:GetBucket*]",
        "AwsSolutions-IAM5[Action::s3:GetObject*]",
        "AwsSolutions-IAM5[Action::s3:List*]",
        "AwsSolutions-IAM5[Resource::*]",
        "AwsSolutions-IAM5[Resource::<WebFiles2DFCF39E.Arn>/*]",
        "AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*]",
        "AwsSolutions-L1",
      ].sort(),
    );
    // Nothing else in the stacks is let off IAM4 or L1 but the functions' own reviewed runtime.
    const others = (nagReport().suppressedViolations ?? [])
      .filter((finding) => /^AwsSolutions-(IAM4|CFR|S1)/.test(finding.ruleName))
      .flatMap((finding) => finding.violatingConstructs.map((c) => c.constructPath))
      .filter(
        (constructPath) => !isWebCopier(constructPath) && !constructPath.startsWith("FollowupStateless/Web/"),
      );
    expect(others).toEqual([]);
  });

  it("accept unauthenticated routes only for the health check, the OpenAPI document, the calendar feed, one-click unsubscribe and a reminder's stop/snooze link", () => {
    const open = (nagReport().suppressedViolations ?? [])
      .filter((finding) => finding.ruleName === "AwsSolutions-APIG4")
      .flatMap((finding) => finding.violatingConstructs.map((construct) => construct.constructPath))
      .sort();
    expect(open).toEqual([
      "FollowupStateless/Http/Api/GET--calendar--{token}/Resource",
      "FollowupStateless/Http/Api/GET--health/Resource",
      "FollowupStateless/Http/Api/GET--manage--{token}/Resource",
      "FollowupStateless/Http/Api/GET--openapi.json/Resource",
      "FollowupStateless/Http/Api/GET--unsubscribe--{token}/Resource",
      "FollowupStateless/Http/Api/POST--manage--{token}/Resource",
      "FollowupStateless/Http/Api/POST--unsubscribe--{token}/Resource",
    ]);
  });

  it("acknowledge the two manage routes with the reason a stop/snooze link is public", () => {
    const reasons = (nagReport().suppressedViolations ?? [])
      .filter((finding) => finding.ruleName === "AwsSolutions-APIG4")
      .filter((finding) =>
        finding.violatingConstructs.some((construct) => construct.constructPath.includes("--manage--")),
      )
      .map((finding) => finding.reason ?? "");
    expect(reasons).toHaveLength(2);
    for (const reason of reasons) {
      expect(reason).toMatch(/^(GET|POST) \/manage\/\{token\} is public by design/);
      expect(reason).toContain("HMAC-signed manage token");
    }
  });

  it("acknowledge the calendar feed with the reason a feed URL is public, and that it only reads", () => {
    const reasons = (nagReport().suppressedViolations ?? [])
      .filter((finding) => finding.ruleName === "AwsSolutions-APIG4")
      .filter((finding) =>
        finding.violatingConstructs.some((construct) => construct.constructPath.includes("--calendar--")),
      )
      .map((finding) => finding.reason ?? "");
    expect(reasons).toEqual([expect.stringMatching(/^GET \/calendar\/\{token\} is public by necessity/)]);
    expect(reasons[0]).toContain("a bad or revoked token answers 404");
    expect(reasons[0]).toContain("the route only reads");
  });
});
