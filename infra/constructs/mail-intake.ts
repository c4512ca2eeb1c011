import { ArnFormat, Stack } from "aws-cdk-lib";
import * as iam from "aws-cdk-lib/aws-iam";
import type * as lambda from "aws-cdk-lib/aws-lambda";
import type * as s3 from "aws-cdk-lib/aws-s3";
import * as ses from "aws-cdk-lib/aws-ses";
import * as actions from "aws-cdk-lib/aws-ses-actions";
import { Construct } from "constructs";

/** Where SES stores each raw reply: `<prefix><SES message id>`. */
export const RAW_MAIL_PREFIX = "inbound/";

export interface MailIntakeProps {
  bucket: s3.IBucket;
  /** Every address at this domain (r+<token>@replyDomain) is received. */
  replyDomain: string;
}

/**
 * SES receiving for the reply domain: a receipt rule set whose rule first stores the raw MIME message in
 * the bucket, then (once added with addInboundHandler) invokes the inbound function with the SES event,
 * which names the message id and so the object key.
 *
 * SES has one active rule set per account and region, and CloudFormation cannot activate one: after the
 * first deploy run `aws ses set-active-receipt-rule-set --rule-set-name <ReceiptRuleSetName output>`.
 */
export class MailIntake extends Construct {
  readonly ruleSet: ses.ReceiptRuleSet;
  readonly rule: ses.ReceiptRule;

  constructor(scope: Construct, id: string, props: MailIntakeProps) {
    super(scope, id);
    this.ruleSet = new ses.ReceiptRuleSet(this, "RuleSet");
    this.rule = this.ruleSet.addRule("Replies", {
      recipients: [props.replyDomain],
      scanEnabled: true,
      // A reply lost to a server without STARTTLS would keep nudging a recruiter who already answered.
      tlsPolicy: ses.TlsPolicy.OPTIONAL,
      // The S3 action also adds the bucket policy that lets SES (this account only) put the objects.
      actions: [new actions.S3({ bucket: props.bucket, objectKeyPrefix: RAW_MAIL_PREFIX })],
    });
  }

  /** Runs after the S3 action, asynchronously, so a slow handler never makes SES retry the delivery. */
  addInboundHandler(fn: lambda.IFunction): void {
    // The CDK action's own permission ("AllowSes", which it reuses when present) names only the account, so
    // any receipt rule anyone in the account adds could feed the handler an SES event of its choosing, and
    // the handler stops chains on such events. Only the rules of this rule set may. (The rule cannot be
    // named: SES checks the permission when the rule is created, so the rule depends on it.)
    const stack = Stack.of(this);
    fn.addPermission("AllowSes", {
      action: "lambda:InvokeFunction",
      principal: new iam.ServicePrincipal("ses.amazonaws.com"),
      sourceAccount: stack.account,
      sourceArn: stack.formatArn({
        service: "ses",
        resource: "receipt-rule-set",
        resourceName: `${this.ruleSet.receiptRuleSetName}:receipt-rule/*`,
        arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
      }),
    });
    this.rule.addAction(
      new actions.Lambda({ function: fn, invocationType: actions.LambdaInvocationType.EVENT }),
    );
  }
}
