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

/**
 * The alarms an operator acts on, all publishing to one topic. Each fires on the first occurrence in five
 * minutes: at this service's volume any error, throttle or dead-lettered step is worth a look, and missing
 * data (no traffic) is healthy.
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

  /** Anything in a dead-letter queue is a step that was not delivered and waits for a replay. */
  watchDeadLetterQueue(id: string, queue: sqs.IQueue): void {
    this.alarm(
      id,
      queue.metricApproximateNumberOfMessagesVisible({ statistic: cloudwatch.Stats.MAXIMUM }),
      "Follow-up steps are waiting in the dead-letter queue: inspect and replay them.",
    );
  }

  /** 5xx answers of the HTTP API: failures callers saw, including integration timeouts. */
  watchHttpApi(id: string, api: apigwv2.HttpApi): void {
    this.alarm(id, api.metricServerError(), "The HTTP API answered with 5xx errors.");
  }

  private alarm(id: string, metric: cloudwatch.Metric, description: string): void {
    const alarm = new cloudwatch.Alarm(this, id, {
      metric: metric.with({ period: Duration.minutes(5) }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      alarmDescription: description,
    });
    alarm.addAlarmAction(new cloudwatchActions.SnsAction(this.topic));
  }
}
