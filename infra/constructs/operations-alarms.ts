import { Duration } from "aws-cdk-lib";
import type * as apigwv2 from "aws-cdk-lib/aws-apigatewayv2";
import * as cloudwatch from "aws-cdk-lib/aws-cloudwatch";
import * as cloudwatchActions from "aws-cdk-lib/aws-cloudwatch-actions";
import type * as lambda from "aws-cdk-lib/aws-lambda";
import * as sns from "aws-cdk-lib/aws-sns";
import * as subscriptions from "aws-cdk-lib/aws-sns-subscriptions";
import type * as sqs from "aws-cdk-lib/aws-sqs";
import { Construct } from "constructs";

export interface OperationsAlarmsProps {
  /** Subscribed to the alarm topic; SNS sends it a confirmation mail after the first deploy. */
  email: string;
}

/** How an alarm departs from the default (at least one occurrence in five minutes, no data healthy). */
interface AlarmShape {
  period?: Duration;
  comparisonOperator?: cloudwatch.ComparisonOperator;
  treatMissingData?: cloudwatch.TreatMissingData;
}

/**
 * The alarms an operator acts on, all publishing to one topic. Each fires on the first occurrence in five
 * minutes: at this service's volume any error, throttle or dead-lettered step is worth a look, and missing
 * data (no traffic) is healthy. The exception watches a scheduled function that stopped running at all.
 */
export class OperationsAlarms extends Construct {
  readonly topic: sns.Topic;

  constructor(scope: Construct, id: string, props: OperationsAlarmsProps) {
    super(scope, id);
    this.topic = new sns.Topic(this, "Topic", {
      displayName: "Follow-up scheduler alarms",
      enforceSSL: true,
    });
    this.topic.addSubscription(new subscriptions.EmailSubscription(props.email));
  }

  /** Errors (uncaught failures) and throttles of one function. */
  watchFunction(id: string, fn: lambda.IFunction): void {
    this.alarm(`${id}Errors`, fn.metricErrors(), `${id}: the function failed (uncaught error or timeout).`);
    this.alarm(
      `${id}Throttles`,
      fn.metricThrottles(),
      `${id}: invocations were throttled (concurrency limit).`,
    );
  }

  /** Anything in a dead-letter queue is something that was not delivered; `description` says what to do. */
  watchDeadLetterQueue(
    id: string,
    queue: sqs.IQueue,
    description = "Follow-up steps are waiting in the dead-letter queue: inspect and replay them.",
  ): void {
    this.alarm(
      id,
      queue.metricApproximateNumberOfMessagesVisible({ statistic: cloudwatch.Stats.MAXIMUM }),
      description,
    );
  }

  /**
   * A function that must run on a schedule and was not invoked at all within `within`. No data is what a
   * function that never runs produces, so here it counts as breaching: this catches a schedule that was
   * disabled or deleted, which no error, throttle or dead letter ever would.
   */
  watchRegularRuns(id: string, fn: lambda.IFunction, within: Duration, description: string): void {
    this.alarm(id, fn.metricInvocations({ statistic: cloudwatch.Stats.SUM }), description, {
      period: within,
      comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.BREACHING,
    });
  }

  /** 5xx answers of the HTTP API: failures callers saw, including integration timeouts. */
  watchHttpApi(id: string, api: apigwv2.HttpApi): void {
    this.alarm(id, api.metricServerError(), "The HTTP API answered with 5xx errors.");
  }

  /** By default: at least one occurrence in five minutes, no data being healthy. */
  private alarm(
    id: string,
    metric: cloudwatch.Metric,
    description: string,
    {
      period = Duration.minutes(5),
      comparisonOperator = cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData = cloudwatch.TreatMissingData.NOT_BREACHING,
    }: AlarmShape = {},
  ): void {
    const alarm = new cloudwatch.Alarm(this, id, {
      metric: metric.with({ period }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator,
      treatMissingData,
      alarmDescription: description,
    });
    alarm.addAlarmAction(new cloudwatchActions.SnsAction(this.topic));
  }
}
