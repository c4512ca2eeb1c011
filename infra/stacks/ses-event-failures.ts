import { Duration, type Stack, Validations } from "aws-cdk-lib";
import type * as lambda from "aws-cdk-lib/aws-lambda";
import * as lambdaDestinations from "aws-cdk-lib/aws-lambda-destinations";
import * as sqs from "aws-cdk-lib/aws-sqs";
import type { OperationsAlarms } from "../constructs/operations-alarms.js";

/**
 * SNS invokes the SES event handler asynchronously: an event still failing after Lambda's 2 retries (a Send
 * event's Message-ID index write, a bounce's suppression) lands in this queue, visible and alarmed, not
 * dropped. Created in the stack itself (not a construct of its own), so its logical ids stay as deployed.
 */
export function sesEventFailures(
  stack: Stack,
  handler: lambda.Function,
  alarms: OperationsAlarms,
): sqs.Queue {
  const queue = new sqs.Queue(stack, "SesEventFailures", {
    encryption: sqs.QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
  });
  Validations.of(queue).acknowledge({
    id: "AwsSolutions::AwsSolutions-SQS3",
    reason:
      "This queue is itself the failure destination of the SES event handler's async invocations; cdk-nag only recognises SQS redrive.",
  });
  handler.configureAsyncInvoke({
    onFailure: new lambdaDestinations.SqsDestination(queue),
    retryAttempts: 2,
  });
  alarms.watchDeadLetterQueue("SesEventFailures", queue);
  return queue;
}
