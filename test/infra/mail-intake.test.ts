import { App, type CfnElement, Stack } from "aws-cdk-lib";
import { Match, Template } from "aws-cdk-lib/assertions";
import * as lambda from "aws-cdk-lib/aws-lambda";
import * as s3 from "aws-cdk-lib/aws-s3";
import { describe, expect, it } from "vitest";
import { MailIntake, RAW_MAIL_PREFIX } from "../../infra/constructs/mail-intake.js";

describe("MailIntake.addInboundHandler", () => {
  it("invokes the handler asynchronously after the raw message is stored", () => {
    const stack = new Stack(new App(), "Intake");
    const intake = new MailIntake(stack, "MailIntake", {
      bucket: new s3.Bucket(stack, "Raw"),
      replyDomain: "reply.jobhunt.dev",
    });
    const handler = new lambda.Function(stack, "Inbound", {
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: "index.handler",
      code: lambda.Code.fromInline("export const handler = async () => {};"),
    });
    intake.addInboundHandler(handler);

    const template = Template.fromStack(stack);
    template.hasResourceProperties("AWS::SES::ReceiptRule", {
      Rule: {
        Recipients: ["reply.jobhunt.dev"],
        Actions: [
          { S3Action: Match.objectLike({ ObjectKeyPrefix: RAW_MAIL_PREFIX }) },
          {
            LambdaAction: {
              FunctionArn: { "Fn::GetAtt": [Match.stringLikeRegexp("^Inbound"), "Arn"] },
              InvocationType: "Event",
            },
          },
        ],
      },
    });
    template.hasResourceProperties("AWS::Lambda::Permission", {
      Action: "lambda:InvokeFunction",
      Principal: "ses.amazonaws.com",
      SourceAccount: { Ref: "AWS::AccountId" },
    });
  });

  it("lets SES invoke the handler only for the rules of its own rule set, not any rule of the account", () => {
    const stack = new Stack(new App(), "Intake");
    const intake = new MailIntake(stack, "MailIntake", {
      bucket: new s3.Bucket(stack, "Raw"),
      replyDomain: "reply.jobhunt.dev",
    });
    const handler = new lambda.Function(stack, "Inbound", {
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: "index.handler",
      code: lambda.Code.fromInline("export const handler = async () => {};"),
    });
    intake.addInboundHandler(handler);

    const template = Template.fromStack(stack);
    const permissions = Object.values(template.findResources("AWS::Lambda::Permission")).map(
      (resource) => resource.Properties,
    );
    // One permission (the CDK action reuses ours rather than adding a looser one beside it).
    expect(permissions).toHaveLength(1);
    const ruleSet = stack.getLogicalId(intake.ruleSet.node.defaultChild as CfnElement);
    expect(permissions[0]).toEqual({
      Action: "lambda:InvokeFunction",
      FunctionName: { "Fn::GetAtt": [expect.stringMatching(/^Inbound/), "Arn"] },
      Principal: "ses.amazonaws.com",
      SourceAccount: { Ref: "AWS::AccountId" },
      SourceArn: {
        "Fn::Join": [
          "",
          [
            "arn:",
            { Ref: "AWS::Partition" },
            ":ses:",
            { Ref: "AWS::Region" },
            ":",
            { Ref: "AWS::AccountId" },
            ":receipt-rule-set/",
            { Ref: ruleSet },
            ":receipt-rule/*",
          ],
        ],
      },
    });
    // SES checks the permission when the rule is created, so the rule must come after it.
    const rule = Object.values(template.findResources("AWS::SES::ReceiptRule"))[0];
    expect(rule?.DependsOn).toEqual(expect.arrayContaining([expect.stringMatching(/^InboundAllowSes/)]));
  });
});
