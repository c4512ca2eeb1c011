import { App, Stack } from "aws-cdk-lib";
import { Match, Template } from "aws-cdk-lib/assertions";
import * as lambda from "aws-cdk-lib/aws-lambda";
import * as s3 from "aws-cdk-lib/aws-s3";
import { describe, it } from "vitest";
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
});
