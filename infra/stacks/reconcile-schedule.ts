import { type CfnElement, Duration, type Stack, Validations } from "aws-cdk-lib";
import * as iam from "aws-cdk-lib/aws-iam";
import type * as lambda from "aws-cdk-lib/aws-lambda";
import * as scheduler from "aws-cdk-lib/aws-scheduler";
import * as schedulerTargets from "aws-cdk-lib/aws-scheduler-targets";
import { failureQueue } from "../constructs/failure-queue.js";
import type { OperationsAlarms } from "../constructs/operations-alarms.js";

/** How often the reconciler runs; a missed run's work is simply done by the next one. */
const EVERY = Duration.minutes(15);

/**
 * Runs the reconciler on a rate schedule, and makes it loud when it does not run: steps left `unscheduled`
 * (and stale claims) are only ever settled by it, so a reconciler Scheduler cannot invoke, or whose
 * schedule was disabled or deleted, would leave them silently unsent. Two alarms cover that: anything in the
 * schedule's dead-letter queue (Scheduler tried and gave up), and no invocation at all in an hour (Scheduler
 * did not even try). Built in the stack itself, so the role's and schedule's logical ids stay as deployed.
 */
export function reconcileSchedule(
  stack: Stack,
  reconciler: lambda.Function,
  alarms: OperationsAlarms,
): scheduler.Schedule {
  // The next run comes 15 minutes later anyway: no Lambda retries of a failed run.
  reconciler.configureAsyncInvoke({ retryAttempts: 0 });
  // In the default group, so the step group holds only step schedules and the step role cannot be used.
  const role = new iam.Role(stack, "ReconcileScheduleRole", {
    description: "Assumed by EventBridge Scheduler to run the reconciler",
    assumedBy: new iam.ServicePrincipal("scheduler.amazonaws.com", {
      conditions: {
        StringEquals: {
          "aws:SourceAccount": stack.account,
          "aws:SourceArn": stack.formatArn({
            service: "scheduler",
            resource: "schedule-group",
            resourceName: "default",
          }),
        },
      },
    }),
  });
  // Not the step dead-letter queue: a message here is a run that did not happen, which needs its cause fixed
  // (the role, the function, a throttle), not a replay; the next run that succeeds redoes its work.
  const deadLetters = failureQueue(
    stack,
    "ReconcileDeadLetters",
    "the dead-letter queue of the reconciler's schedule",
  );
  const schedule = new scheduler.Schedule(stack, "ReconcileSchedule", {
    description: "Runs the reconciler",
    schedule: scheduler.ScheduleExpression.rate(EVERY),
    // LambdaInvoke lets the role send to this queue (SendMessage on it alone) besides invoking the function.
    target: new schedulerTargets.LambdaInvoke(reconciler, {
      role,
      deadLetterQueue: deadLetters,
      // Few retries, given up well before the next run is due, so a retried run never overlaps it.
      retryAttempts: 2,
      maxEventAge: Duration.minutes(10),
    }),
  });
  Validations.of(role).acknowledge({
    id: `AwsSolutions::AwsSolutions-IAM5[Resource::<${stack.getLogicalId(reconciler.node.defaultChild as CfnElement)}.Arn>:*]`,
    reason:
      "LambdaInvoke grants the reconciler function and its versions (`<arn>:*`); no other function can be invoked with this role.",
  });
  alarms.watchDeadLetterQueue(
    "ReconcileDeadLetters",
    deadLetters,
    "EventBridge Scheduler could not invoke the reconciler (its role, the function, throttling): steps left unscheduled are not being sent. Fix the cause; the next run does the missed work, the messages need no replay.",
  );
  alarms.watchRegularRuns(
    "ReconcilerNotRunning",
    reconciler,
    Duration.hours(1),
    "The reconciler was not invoked once in an hour (it runs every 15 minutes): is its schedule disabled or deleted? Steps left unscheduled are not being sent.",
  );
  return schedule;
}
