import { Duration, type Stack } from "aws-cdk-lib";
import * as iam from "aws-cdk-lib/aws-iam";
import type * as lambda from "aws-cdk-lib/aws-lambda";
import type * as sqs from "aws-cdk-lib/aws-sqs";
import { ASYNC_EVENT_MAX_AGE_HOURS } from "../config/async-event-max-age-hours.js";
import { failureQueue } from "../constructs/failure-queue.js";
import type { OperationsAlarms } from "../constructs/operations-alarms.js";

/**
 * Where an asynchronously invoked handler's event goes when it still fails after Lambda's 2 retries: a
 * queue, visible and alarmed, instead of nowhere. SNS invokes the SES event handler this way (a Send event's
 * Message-ID index write, a bounce's suppression), and SES receipt the inbound handler (a reply that must
 * stop its chain; replay it by invoking the handler with the message's `requestPayload`, while the raw mail
 * is still in its bucket). Created in the stack itself (not a construct of its own), so the queue's logical
 * id is `id` and the SES event handler's stays as deployed.
 */
export function asyncFailureQueue(
  stack: Stack,
  id: string,
  handler: lambda.Function,
  alarms: OperationsAlarms,
  /** What is waiting in the queue and how to replay it: the alarm's mail. */
  description: string,
): sqs.Queue {
  const queue = failureQueue(stack, id, "the failure destination of a handler's async invocations");
  // Lambda delivers with the function's role, which needs SendMessage only (SqsDestination would also
  // grant GetQueueAttributes and GetQueueUrl, which Lambda does not use).
  handler.addToRolePolicy(
    new iam.PolicyStatement({ actions: ["sqs:SendMessage"], resources: [queue.queueArn] }),
  );
  handler.configureAsyncInvoke({
    onFailure: { bind: () => ({ destination: queue.queueArn }) },
    retryAttempts: 2,
    // Stated, not left to Lambda's default: the raw mail's minimum retention is derived from it.
    maxEventAge: Duration.hours(ASYNC_EVENT_MAX_AGE_HOURS),
  });
  alarms.watchDeadLetterQueue(id, queue, description);
  return queue;
}
