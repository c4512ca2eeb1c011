import type { Template } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { MIN_RAW_MAIL_RETENTION_DAYS } from "../../infra/config/min-raw-mail-retention-days.js";
import {
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

describe("inbound mail the handler keeps failing", () => {
  // SES invokes the inbound handler asynchronously; after Lambda's retries an event with no destination is
  // dropped, and a recruiter's reply that should have stopped the chain is never seen: they get nudged again.
  it("lands, after two retries, in an encrypted, TLS-only queue kept 14 days that raises an alarm", () => {
    const inbound = synth.stateless.inbound;
    const configs = Object.values(template.findResources("AWS::Lambda::EventInvokeConfig"))
      .map((resource) => resource.Properties)
      .filter((p) => JSON.stringify(p.FunctionName) === JSON.stringify({ Ref: logicalIdOf(inbound.fn) }));
    expect(configs).toHaveLength(1);
    expect(configs[0]?.MaximumRetryAttempts).toBe(2);
    const target = configs[0]?.DestinationConfig?.OnFailure?.Destination;
    expect(target).toEqual({ "Fn::GetAtt": [expect.stringMatching(/^InboundFailures/), "Arn"] });
    const queueId = target["Fn::GetAtt"][0] as string;

    const queue = template.toJSON().Resources[queueId];
    expect(queue.Properties).toMatchObject({
      MessageRetentionPeriod: 14 * 86_400,
      SqsManagedSseEnabled: true,
    });
    const policies = Object.values(template.findResources("AWS::SQS::QueuePolicy")).filter(
      (p) => JSON.stringify(p.Properties.Queues) === JSON.stringify([{ Ref: queueId }]),
    );
    expect(JSON.stringify(policies)).toContain('"aws:SecureTransport":"false"');

    const alarms = Object.values(template.findResources("AWS::CloudWatch::Alarm")).map((r) => r.Properties);
    const watching = alarms.filter((a) =>
      (a.Dimensions ?? []).some(
        (d: { Value: unknown }) =>
          JSON.stringify(d.Value) === JSON.stringify({ "Fn::GetAtt": [queueId, "QueueName"] }),
      ),
    );
    expect(watching).toHaveLength(1);
    expect(watching[0]?.AlarmActions).toEqual([{ Ref: logicalIdOf(synth.stateless.alarms.topic) }]);
    // The mail says what is waiting and how to replay it, not the step dead-letter queue's words.
    expect(watching[0]?.AlarmDescription).toMatch(/^Inbound mail .*requestPayload/);

    // The handler's role may write to that queue (Lambda delivers with it), and to no other queue.
    const statements = statementsOfRole(template, logicalIdOf(inbound.role));
    expect(resourcesFor(statements, "sqs:SendMessage")).toEqual([
      JSON.stringify({ "Fn::GetAtt": [queueId, "Arn"] }),
    ]);
  });

  // A replay reads the reply's raw mail from the bucket, so the shortest retention the settings accept must
  // outlast the longest a reply can wait: Lambda's retries (their maximum event age), then the queue.
  it("keeps retrying for a maximum event age set explicitly, which the raw mail's minimum retention covers", () => {
    const inbound = synth.stateless.inbound;
    const config = Object.values(template.findResources("AWS::Lambda::EventInvokeConfig"))
      .map((resource) => resource.Properties)
      .find((p) => JSON.stringify(p.FunctionName) === JSON.stringify({ Ref: logicalIdOf(inbound.fn) }));
    // Lambda's own default, now written down rather than relied upon.
    expect(config?.MaximumEventAgeInSeconds).toBe(6 * 3_600);
    const queueId = config?.DestinationConfig?.OnFailure?.Destination["Fn::GetAtt"][0] as string;
    const queueSeconds = template.toJSON().Resources[queueId].Properties.MessageRetentionPeriod as number;

    expect(queueSeconds + config?.MaximumEventAgeInSeconds).toBeLessThanOrEqual(
      MIN_RAW_MAIL_RETENTION_DAYS * 86_400,
    );
    expect(MIN_RAW_MAIL_RETENTION_DAYS).toBe(15);
  });
});
