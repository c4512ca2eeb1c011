import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps, Validations } from "aws-cdk-lib";
import * as cognito from "aws-cdk-lib/aws-cognito";
import * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import * as iam from "aws-cdk-lib/aws-iam";
import * as kms from "aws-cdk-lib/aws-kms";
import * as s3 from "aws-cdk-lib/aws-s3";
import * as secretsmanager from "aws-cdk-lib/aws-secretsmanager";
import * as ses from "aws-cdk-lib/aws-ses";
import * as sns from "aws-cdk-lib/aws-sns";
import type { Construct } from "constructs";
import { TABLE_INDEX_NAMES, TABLE_KEYS } from "../../shared/adapters/table-design.js";
import type { DeploySettings, JwtSettings } from "../config/deploy-settings.js";
import { ExampleValueGuard } from "../constructs/example-value-guard.js";

// The table's keys and indexes are declared once, as data shared with the adapter and the local stack.
export { TABLE_INDEX_NAMES };

/** The inbound-mail bucket's name: unique per stack, account and region (S3 names are global). */
export function inboundMailBucketName(statefulStackName: string, account: string, region: string): string {
  return `${statefulStackName.toLowerCase()}-inbound-${account}-${region}`;
}

export interface StatefulStackProps extends StackProps {
  settings: DeploySettings;
}

/**
 * Everything that holds data or identity and must outlive any redeploy of the functions: the table, the
 * raw inbound mail, the reply-token key (re-generating it would invalidate every Reply-To already sent),
 * the user pool (re-creating it would change every user's `sub`, which owns their items), and the SES
 * configuration set with its send/bounce/complaint topic. Data holders are retained when the stack is deleted.
 */
export class StatefulStack extends Stack {
  readonly table: dynamodb.Table;
  readonly inboundMailBucket: s3.Bucket;
  readonly configurationSet: ses.ConfigurationSet;
  /** Send, bounce and complaint events of every mail sent with the configuration set. */
  readonly mailEventsTopic: sns.Topic;
  readonly replyTokenSecret: secretsmanager.Secret;
  /** The issuer and audience the HTTP API's JWT authorizer accepts. */
  readonly jwt: JwtSettings;
  readonly userPool: cognito.UserPool | undefined;

  constructor(scope: Construct, id: string, props: StatefulStackProps) {
    super(scope, id, props);
    const { settings } = props;

    this.table = new dynamodb.Table(this, "Table", {
      partitionKey: { name: TABLE_KEYS.partition, type: dynamodb.AttributeType.STRING },
      sortKey: { name: TABLE_KEYS.sort, type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      timeToLiveAttribute: "expiresAt",
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const name of TABLE_INDEX_NAMES) {
      this.table.addGlobalSecondaryIndex({
        indexName: name,
        partitionKey: { name: `${name}pk`, type: dynamodb.AttributeType.STRING },
        sortKey: { name: `${name}sk`, type: dynamodb.AttributeType.STRING },
        projectionType: dynamodb.ProjectionType.ALL,
      });
    }

    const accessLogsBucket = new s3.Bucket(this, "AccessLogs", {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      lifecycleRules: [{ id: "expire-access-logs", expiration: Duration.days(365) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.inboundMailBucket = new s3.Bucket(this, "InboundMail", {
      // A name derived from the stack, account and region, so the stateless stack can grant reads on it
      // without a cross-stack reference (and cdk-nag can name exactly what is granted).
      bucketName: inboundMailBucketName(this.stackName, this.account, this.region),
      // SSE-S3: SES can write it without a key grant, and it is still encrypted at rest.
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      serverAccessLogsBucket: accessLogsBucket,
      serverAccessLogsPrefix: "inbound-mail/",
      lifecycleRules: [
        {
          // Raw replies contain third parties' mail; keep them only as long as processing may need them.
          id: "expire-raw-mail",
          expiration: Duration.days(settings.rawMailRetentionDays),
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    });

    // Send, bounce and complaint events carry recipients' addresses, so the topic is encrypted with a key of
    // ours: SES cannot publish to a topic encrypted with the AWS-managed SNS key.
    const mailEventsKey = new kms.Key(this, "MailEventsKey", {
      description: "Encrypts the SES send/bounce/complaint event topic",
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    mailEventsKey.addToResourcePolicy(
      new iam.PolicyStatement({
        principals: [new iam.ServicePrincipal("ses.amazonaws.com")],
        actions: ["kms:GenerateDataKey*", "kms:Decrypt"],
        resources: ["*"],
        conditions: { StringEquals: { "aws:SourceAccount": this.account } },
      }),
    );
    this.mailEventsTopic = new sns.Topic(this, "MailEvents", {
      displayName: "SES sends, bounces and complaints",
      masterKey: mailEventsKey,
      enforceSSL: true,
    });
    this.configurationSet = new ses.ConfigurationSet(this, "MailConfiguration", {
      sendingEnabled: true,
      reputationMetrics: true,
      tlsPolicy: ses.ConfigurationSetTlsPolicy.REQUIRE,
      suppressionReasons: ses.SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });
    // Also adds the topic policy that lets this configuration set (and only it) publish. Send events give
    // ses-events each email's SES message id with our tags: it indexes the Message-ID off the sender's path.
    // (The destination keeps its first id, so adding Send updates it in place rather than replacing it.)
    this.configurationSet.addEventDestination("BouncesAndComplaints", {
      destination: ses.EventDestination.snsTopic(this.mailEventsTopic),
      events: [ses.EmailSendingEvent.SEND, ses.EmailSendingEvent.BOUNCE, ses.EmailSendingEvent.COMPLAINT],
    });

    this.replyTokenSecret = new secretsmanager.Secret(this, "ReplyTokenKey", {
      description: "HMAC key that signs the Reply-To tokens of follow-up mail",
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.replyTokenSecret).acknowledge({
      id: "AwsSolutions::AwsSolutions-SMG4",
      reason:
        "Rotating the HMAC key would invalidate the Reply-To address of every follow-up already sent, so replies would stop matching their chain; rotation needs key ids in the tokens first. The key never leaves Secrets Manager except to the functions granted GetSecretValue on it.",
    });

    if (settings.jwt === undefined) {
      this.userPool = new cognito.UserPool(this, "Users", {
        // Accounts are created by an administrator (README: "Deploy to AWS"), not by anyone on the internet.
        selfSignUpEnabled: false,
        signInAliases: { email: true },
        autoVerify: { email: true },
        passwordPolicy: {
          minLength: 12,
          requireLowercase: true,
          requireUppercase: true,
          requireDigits: true,
          requireSymbols: true,
        },
        mfa: cognito.Mfa.OPTIONAL,
        mfaSecondFactor: { otp: true, sms: false },
        accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
        deletionProtection: true,
        removalPolicy: RemovalPolicy.RETAIN,
      });
      Validations.of(this.userPool).acknowledge(
        {
          id: "AwsSolutions::AwsSolutions-COG8",
          reason:
            "The Plus feature plan (threat protection) is billed per active user; this pool is the optional built-in issuer with self sign-up disabled and a strict password policy. Operators who need more bring their own IdP (followup:jwtIssuer) or opt in to Plus.",
        },
        {
          id: "AwsSolutions::AwsSolutions-COG2",
          reason:
            "TOTP MFA is offered to every user; requiring it would make the documented CLI sign-in (README) impossible without an authenticator app.",
        },
      );
      const client = this.userPool.addClient("ApiClient", {
        // A public client (no secret): front ends and the CLI sign in with SRP or a password over TLS.
        generateSecret: false,
        authFlows: { userSrp: true, userPassword: true },
        // The CDK would otherwise enable the implicit and code flows back to https://example.com; the
        // hosted sign-in has a client of its own (WebSignIn), returning only to the web app.
        disableOAuth: true,
        preventUserExistenceErrors: true,
        accessTokenValidity: Duration.hours(1),
        idTokenValidity: Duration.hours(1),
      });
      this.jwt = {
        issuer: `https://${this.userPool.userPoolProviderName}`,
        audience: [client.userPoolClientId],
      };
      new CfnOutput(this, "UserPoolId", { value: this.userPool.userPoolId });
      new CfnOutput(this, "UserPoolClientId", { value: client.userPoolClientId });
    } else {
      this.userPool = undefined;
      this.jwt = settings.jwt;
    }

    new CfnOutput(this, "TableName", { value: this.table.tableName });
    new CfnOutput(this, "InboundMailBucketName", { value: this.inboundMailBucket.bucketName });
    new CfnOutput(this, "ConfigurationSetName", { value: this.configurationSet.configurationSetName });
    new ExampleValueGuard(this, "ExampleValueGuard", { settings: settings.exampleValues });
  }
}
