import { ArnFormat, RemovalPolicy, Stack, Validations } from "aws-cdk-lib";
import * as iam from "aws-cdk-lib/aws-iam";
import type * as lambda from "aws-cdk-lib/aws-lambda";
import * as scheduler from "aws-cdk-lib/aws-scheduler";
import type * as sqs from "aws-cdk-lib/aws-sqs";
import { Construct } from "constructs";
import type { EnvironmentValues } from "../../shared/config/config-pieces.js";
import { failureQueue } from "./failure-queue.js";

/**
 * What a function may do with the step schedules: all a use case needs to create, move and clean up, and
 * only what the adapters call (no GetSchedule: nothing reads a schedule back). test/infra/schedule-grants
 * holds this list to the Scheduler commands in shared/ and functions/.
 */
export const SCHEDULE_WRITE_ACTIONS = [
  "scheduler:CreateSchedule",
  "scheduler:UpdateSchedule",
  "scheduler:DeleteSchedule",
] as const;

export interface FollowupSchedulingProps {
  /**
   * Physical name of the sender function. The sender creates and moves schedules that target itself, so
   * its own environment needs its ARN; a reference to its Fn::GetAtt would be circular, a fixed name is not.
   */
  senderFunctionName: string;
}

/**
 * Everything the one-shot step schedules need: their group, the role EventBridge Scheduler assumes to fire
 * them (it may invoke the sender and write to the dead-letter queue, nothing else), and the dead-letter
 * queue itself. Functions that create schedules get `environment` and `grantScheduleWrite`.
 */
export class FollowupScheduling extends Construct {
  readonly group: scheduler.ScheduleGroup;
  /** The role Scheduler assumes; functions pass it as the schedule target's RoleArn. */
  readonly schedulerRole: iam.Role;
  /**
   * Steps that could not be delivered: Scheduler puts a step here when it cannot invoke the sender after its
   * retry policy, and the sender's on-failure destination puts one here when the sender itself failed after
   * its retries. Replay = re-create the schedule from the message.
   */
  readonly deadLetterQueue: sqs.Queue;
  readonly senderFunctionArn: string;

  constructor(scope: Construct, id: string, props: FollowupSchedulingProps) {
    super(scope, id);
    // Deleting the group deletes its pending schedules; that loses nothing, the reconciler re-creates
    // every schedule still recorded as pending in the table.
    this.group = new scheduler.ScheduleGroup(this, "Group", { removalPolicy: RemovalPolicy.DESTROY });
    this.deadLetterQueue = failureQueue(
      this,
      "DeadLetterQueue",
      "a dead-letter queue (of the step schedules and of the sender's async invocations)",
    );
    this.senderFunctionArn = Stack.of(this).formatArn({
      service: "lambda",
      resource: "function",
      resourceName: props.senderFunctionName,
      arnFormat: ArnFormat.COLON_RESOURCE_NAME,
    });
    this.schedulerRole = new iam.Role(this, "SchedulerRole", {
      description:
        "Assumed by EventBridge Scheduler to fire follow-up steps: invoke the sender, nothing else.",
      // Only schedules of this group may use the role (confused-deputy protection).
      assumedBy: new iam.ServicePrincipal("scheduler.amazonaws.com", {
        conditions: {
          StringEquals: {
            "aws:SourceAccount": Stack.of(this).account,
            "aws:SourceArn": this.group.scheduleGroupArn,
          },
        },
      }),
    });
    this.schedulerRole.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ["sqs:SendMessage"], resources: [this.deadLetterQueue.queueArn] }),
    );
  }

  /** Lets Scheduler invoke the sender: the only function the role may invoke. */
  allowInvoke(sender: lambda.IFunction): void {
    this.schedulerRole.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ["lambda:InvokeFunction"], resources: [sender.functionArn] }),
    );
  }

  /** What a function that creates schedules is told (the "scheduling" configuration piece). */
  get values(): EnvironmentValues {
    return {
      scheduleGroupName: this.group.scheduleGroupName,
      senderFunctionArn: this.senderFunctionArn,
      schedulerRoleArn: this.schedulerRole.roleArn,
      senderDeadLetterQueueArn: this.deadLetterQueue.queueArn,
    };
  }

  /** Create, move and delete schedules of this group only, and hand them the scheduler role. */
  grantScheduleWrite(role: iam.Role): void {
    const schedules = Stack.of(this).formatArn({
      service: "scheduler",
      resource: "schedule",
      resourceName: `${this.group.scheduleGroupName}/*`,
    });
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: [...SCHEDULE_WRITE_ACTIONS],
        resources: [schedules],
      }),
    );
    Validations.of(role).acknowledge({
      // cdk-nag names the finding after the ARN with pseudo parameters spelled <AWS::...>.
      id: `AwsSolutions::AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:scheduler:<AWS::Region>:<AWS::AccountId>:schedule/${this.group.scheduleGroupName}/*]`,
      reason:
        "Schedule names are only known at runtime (one per follow-up step); the wildcard is confined to the schedules of this stack's own group.",
    });
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ["iam:PassRole"],
        resources: [this.schedulerRole.roleArn],
        conditions: { StringEquals: { "iam:PassedToService": "scheduler.amazonaws.com" } },
      }),
    );
  }
}
