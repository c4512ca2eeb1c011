import { Duration, Validations } from "aws-cdk-lib";
import * as sqs from "aws-cdk-lib/aws-sqs";
import type { Construct } from "constructs";
import { FAILURE_QUEUE_RETENTION_DAYS } from "../config/failure-queue-retention-days.js";

/**
 * A queue where something the service failed to deliver waits to be looked at and replayed: encrypted, TLS
 * only, and kept the longest SQS allows (14 days), so an alarm noticed after a holiday still finds it. Every
 * dead-letter and failure queue of the service is one of these, so they cannot drift apart.
 *
 * `whatFails` completes the cdk-nag acknowledgement ("This queue is itself ..."): SQS3 asks for a redrive
 * queue, and these queues are the end of the line, fed by Scheduler or Lambda, which cdk-nag does not see.
 */
export function failureQueue(scope: Construct, id: string, whatFails: string): sqs.Queue {
  const queue = new sqs.Queue(scope, id, {
    encryption: sqs.QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(FAILURE_QUEUE_RETENTION_DAYS),
  });
  Validations.of(queue).acknowledge({
    id: "AwsSolutions::AwsSolutions-SQS3",
    reason: `This queue is itself ${whatFails}; cdk-nag only recognises SQS redrive.`,
  });
  return queue;
}
