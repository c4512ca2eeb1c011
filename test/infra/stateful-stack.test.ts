import { App } from "aws-cdk-lib";
import { Match, Template } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { readDeploySettings } from "../../infra/config/deploy-settings.js";
import { EXAMPLE_VALUES_PARAMETER } from "../../infra/constructs/example-value-guard.js";
import { StatefulStack } from "../../infra/stacks/stateful-stack.js";
import { cdkJsonContext } from "./synth-followup-app.js";

const REAL = {
  "followup:sendingAddress": "followups@mail.jobhunt.dev",
  "followup:replyDomain": "reply.jobhunt.dev",
  "followup:allowedOrigins": ["https://app.jobhunt.dev"],
  "followup:alarmEmail": "ops@jobhunt.dev",
};

function statefulTemplate(context: Record<string, unknown>): Template {
  const app = new App({ context: { ...cdkJsonContext(), ...context } });
  const settings = readDeploySettings({ context: (key) => app.node.tryGetContext(key), env: {} });
  return Template.fromStack(new StatefulStack(app, "Stateful", { settings }));
}

describe("StatefulStack", () => {
  let template: Template;
  beforeAll(() => {
    template = statefulTemplate({});
  });

  it("keeps interviews in one on-demand table with the keys and indexes of the data model", () => {
    template.resourceCountIs("AWS::DynamoDB::Table", 1);
    template.hasResource("AWS::DynamoDB::Table", {
      DeletionPolicy: "Retain",
      UpdateReplacePolicy: "Retain",
      Properties: {
        BillingMode: "PAY_PER_REQUEST",
        DeletionProtectionEnabled: true,
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        TimeToLiveSpecification: { AttributeName: "expiresAt", Enabled: true },
        KeySchema: [
          { AttributeName: "pk", KeyType: "HASH" },
          { AttributeName: "sk", KeyType: "RANGE" },
        ],
        GlobalSecondaryIndexes: ["gsi1", "gsi2", "gsi3"].map((name) => ({
          IndexName: name,
          KeySchema: [
            { AttributeName: `${name}pk`, KeyType: "HASH" },
            { AttributeName: `${name}sk`, KeyType: "RANGE" },
          ],
          Projection: { ProjectionType: "ALL" },
        })),
      },
    });
  });

  it("stores raw inbound mail encrypted, private, TLS-only, logged and expiring", () => {
    template.hasResource("AWS::S3::Bucket", {
      DeletionPolicy: "Retain",
      Properties: {
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" } }],
        },
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        LoggingConfiguration: { LogFilePrefix: "inbound-mail/" },
        LifecycleConfiguration: {
          Rules: [
            {
              Id: "expire-raw-mail",
              Status: "Enabled",
              ExpirationInDays: 30,
              AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 },
            },
          ],
        },
      },
    });
    // Every bucket (the access-log bucket too) refuses plain HTTP.
    const policies = Object.values(template.findResources("AWS::S3::BucketPolicy"));
    expect(policies).toHaveLength(2);
    for (const policy of policies) {
      expect(policy.Properties.PolicyDocument.Statement).toContainEqual(
        expect.objectContaining({
          Effect: "Deny",
          Action: "s3:*",
          Condition: { Bool: { "aws:SecureTransport": "false" } },
        }),
      );
    }
  });

  it("publishes sends, bounces and complaints of the configuration set to an encrypted topic only SES of this account may use", () => {
    template.hasResourceProperties("AWS::SES::ConfigurationSet", {
      DeliveryOptions: { TlsPolicy: "REQUIRE" },
      SuppressionOptions: { SuppressedReasons: ["BOUNCE", "COMPLAINT"] },
    });
    template.hasResourceProperties("AWS::SES::ConfigurationSetEventDestination", {
      EventDestination: {
        Enabled: true,
        // Send: ses-events indexes each email's Message-ID from it (the sender no longer writes the index).
        MatchingEventTypes: ["send", "bounce", "complaint"],
        SnsDestination: { TopicARN: { Ref: Match.stringLikeRegexp("^MailEvents") } },
      },
    });
    template.hasResourceProperties("AWS::SNS::Topic", {
      KmsMasterKeyId: { "Fn::GetAtt": [Match.stringLikeRegexp("^MailEventsKey"), "Arn"] },
    });
    template.hasResourceProperties("AWS::KMS::Key", {
      EnableKeyRotation: true,
      KeyPolicy: {
        Statement: Match.arrayWith([
          {
            Effect: "Allow",
            Principal: { Service: "ses.amazonaws.com" },
            Action: ["kms:Decrypt", "kms:GenerateDataKey*"],
            Resource: "*",
            Condition: { StringEquals: { "aws:SourceAccount": { Ref: "AWS::AccountId" } } },
          },
        ]),
      },
    });
    template.hasResourceProperties("AWS::SNS::TopicPolicy", {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: "Allow",
            Principal: { Service: "ses.amazonaws.com" },
            Action: "sns:Publish",
            Condition: {
              StringEquals: {
                "AWS:SourceAccount": { Ref: "AWS::AccountId" },
                "AWS:SourceArn": Match.anyValue(),
              },
            },
          }),
        ]),
      },
    });
  });

  it("generates the reply-token HMAC key in Secrets Manager and keeps it", () => {
    template.hasResource("AWS::SecretsManager::Secret", {
      DeletionPolicy: "Retain",
      Properties: { GenerateSecretString: { PasswordLength: 64, ExcludePunctuation: true } },
    });
  });

  it("creates a retained Cognito user pool as the JWT issuer when none is configured", () => {
    template.hasResource("AWS::Cognito::UserPool", {
      DeletionPolicy: "Retain",
      Properties: {
        AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
        DeletionProtection: "ACTIVE",
        Policies: {
          PasswordPolicy: {
            MinimumLength: 12,
            RequireLowercase: true,
            RequireUppercase: true,
            RequireNumbers: true,
            RequireSymbols: true,
          },
        },
      },
    });
    template.hasResourceProperties("AWS::Cognito::UserPoolClient", {
      GenerateSecret: false,
      ExplicitAuthFlows: Match.arrayWith(["ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH"]),
    });
  });

  it("gives the pool's API client no OAuth flows: it signs in by password or SRP, never through a redirect", () => {
    // Without an explicit choice the CDK enables the implicit and code flows returning to https://example.com,
    // usable as soon as the web app's hosted sign-in domain exists.
    const apiClients = Object.values(template.findResources("AWS::Cognito::UserPoolClient"))
      .map((resource) => resource.Properties)
      .filter((p) => (p.ExplicitAuthFlows ?? []).includes("ALLOW_USER_PASSWORD_AUTH"));
    expect(apiClients).toHaveLength(1);
    expect(apiClients[0]?.AllowedOAuthFlows).toBeUndefined();
    expect(apiClients[0]?.AllowedOAuthFlowsUserPoolClient).not.toBe(true);
    expect(apiClients[0]?.CallbackURLs).toBeUndefined();
  });

  it("creates no user pool when an issuer is configured", () => {
    const withIssuer = statefulTemplate({
      "followup:jwtIssuer": "https://login.jobhunt.dev/",
      "followup:jwtAudience": "followup-api",
    });
    withIssuer.resourceCountIs("AWS::Cognito::UserPool", 0);
    withIssuer.resourceCountIs("AWS::Cognito::UserPoolClient", 0);
  });

  it("refuses, at deploy time, a template built with example settings, naming them", () => {
    template.hasParameter(EXAMPLE_VALUES_PARAMETER, {
      Type: "String",
      Default: "followup:sendingAddress, followup:replyDomain, followup:allowedOrigins, followup:alarmEmail",
    });
    const rules = template.toJSON().Rules as Record<string, { Assertions: unknown[] }>;
    expect(rules.RefuseExampleSettings?.Assertions).toEqual([
      {
        Assert: { "Fn::Equals": [{ Ref: EXAMPLE_VALUES_PARAMETER }, "none"] },
        AssertDescription: expect.stringContaining(
          "cdk.json still holds example values for: followup:sendingAddress, followup:replyDomain, followup:allowedOrigins, followup:alarmEmail.",
        ),
      },
    ]);
  });

  it("adds no deploy guard once every setting is real", () => {
    const real = statefulTemplate(REAL).toJSON();
    expect(real.Parameters).not.toHaveProperty(EXAMPLE_VALUES_PARAMETER);
    expect(real.Rules).not.toHaveProperty("RefuseExampleSettings");
  });
});
