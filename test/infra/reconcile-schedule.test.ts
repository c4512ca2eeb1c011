import type { Template } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { RUN_BUDGET_MS } from "../../shared/use-cases/reconcile-schedules.js";
import {
  actionsOf,
  logicalIdOf,
  resourcesFor,
  type SynthesizedApp,
  statementsOfRole,
  synthFollowupApp,
} from "./synth-followup-app.js";

let synth: SynthesizedApp;
let template: Template;

beforeAll(() => {
  synth = synthFollowupApp();
  template = synth.statelessTemplate;
});

interface AlarmProperties {
  Namespace?: string;
  MetricName?: string;
  Dimensions?: { Name: string; Value: unknown }[];
  Statistic?: string;
  Period?: number;
  EvaluationPeriods?: number;
  Threshold?: number;
  ComparisonOperator?: string;
  TreatMissingData?: string;
  AlarmActions?: unknown[];
}

function alarms(): AlarmProperties[] {
  return Object.values(template.findResources("AWS::CloudWatch::Alarm")).map(
    (r) => r.Properties as AlarmProperties,
  );
}

/** The one rate schedule that runs the reconciler (the step schedules are created at runtime). */
function reconcileTarget() {
  const schedules = Object.values(template.findResources("AWS::Scheduler::Schedule"));
  expect(schedules).toHaveLength(1);
  return schedules[0]?.Properties.Target;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

// Steps left `unscheduled` are only ever sent because the reconciler runs. If Scheduler cannot invoke it (a
// broken role, a deleted function, a throttle that never clears) or its schedule is disabled or deleted,
// nothing fails loudly: those steps silently never go out. Both cases must reach the operator.
describe("the reconciler's rate schedule", () => {
  it("retries a failed invocation briefly: the next run, 15 minutes later, redoes the work anyway", () => {
    expect(reconcileTarget().RetryPolicy).toEqual({ MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 600 });
  });

  it("gives a run time to finish the interview it started when its budget ran out", () => {
    const reconciler = template.toJSON().Resources[logicalIdOf(synth.stateless.reconciler.fn)];
    // One interview makes a handful of calls in turn, each given up after about 5 s (client-defaults.ts).
    const longestInterviewSeconds = 30;
    expect(reconciler.Properties.Timeout).toBeGreaterThanOrEqual(
      RUN_BUDGET_MS / 1_000 + longestInterviewSeconds,
    );
  });

  it("dead-letters an invocation it gave up on into an encrypted, TLS-only queue kept 14 days", () => {
    const target = reconcileTarget().DeadLetterConfig?.Arn;
    expect(target).toEqual({ "Fn::GetAtt": [expect.stringMatching(/^ReconcileDeadLetters/), "Arn"] });
    const queueId = target["Fn::GetAtt"][0] as string;
    expect(queueId).not.toBe(logicalIdOf(synth.stateless.scheduling.deadLetterQueue));
    expect(template.toJSON().Resources[queueId].Properties).toMatchObject({
      MessageRetentionPeriod: 14 * 86_400,
      SqsManagedSseEnabled: true,
    });
    const policies = Object.values(template.findResources("AWS::SQS::QueuePolicy")).filter((p) =>
      same(p.Properties.Queues, [{ Ref: queueId }]),
    );
    expect(JSON.stringify(policies)).toContain('"aws:SecureTransport":"false"');
  });

  it("runs with a role that may invoke the reconciler and send to its own dead-letter queue, nothing else", () => {
    const target = reconcileTarget();
    const roleId = logicalIdOf(synth.stateless.node.findChild("ReconcileScheduleRole"));
    expect(target.RoleArn).toEqual({ "Fn::GetAtt": [roleId, "Arn"] });
    const statements = statementsOfRole(template, roleId);
    expect(actionsOf(statements)).toEqual(["lambda:InvokeFunction", "sqs:SendMessage"]);
    expect(resourcesFor(statements, "sqs:SendMessage")).toEqual([
      JSON.stringify(target.DeadLetterConfig.Arn),
    ]);
  });

  it("raises an alarm as soon as anything is in that queue, mailing the operator like the others", () => {
    const queueId = reconcileTarget().DeadLetterConfig?.Arn["Fn::GetAtt"][0];
    const watching = alarms().filter((a) =>
      (a.Dimensions ?? []).some((d) => same(d.Value, { "Fn::GetAtt": [queueId, "QueueName"] })),
    );
    expect(watching).toHaveLength(1);
    expect(watching[0]).toMatchObject({
      Namespace: "AWS/SQS",
      MetricName: "ApproximateNumberOfMessagesVisible",
      Threshold: 1,
      ComparisonOperator: "GreaterThanOrEqualToThreshold",
      AlarmActions: [{ Ref: logicalIdOf(synth.stateless.alarms.topic) }],
    });
  });
});

describe("the reconciler not running at all", () => {
  it("raises an alarm when it was not invoked once in an hour, no data counting as not running", () => {
    const reconciler = logicalIdOf(synth.stateless.reconciler.fn);
    const watching = alarms().filter(
      (a) =>
        a.Namespace === "AWS/Lambda" &&
        a.MetricName === "Invocations" &&
        same(a.Dimensions, [{ Name: "FunctionName", Value: { Ref: reconciler } }]),
    );
    expect(watching).toHaveLength(1);
    expect(watching[0]).toMatchObject({
      Statistic: "Sum",
      Period: 3_600,
      EvaluationPeriods: 1,
      Threshold: 1,
      ComparisonOperator: "LessThanThreshold",
      TreatMissingData: "breaching",
      AlarmActions: [{ Ref: logicalIdOf(synth.stateless.alarms.topic) }],
    });
  });
});
