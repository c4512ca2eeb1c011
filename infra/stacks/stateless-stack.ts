import { CfnOutput, Duration, Lazy, Stack, type StackProps, Validations } from "aws-cdk-lib";
import * as iam from "aws-cdk-lib/aws-iam";
import * as snsSubscriptions from "aws-cdk-lib/aws-sns-subscriptions";
import type { Construct } from "constructs";
import { API_ROUTES } from "../../shared/api/api-routes.js";
import type { EnvironmentValues } from "../../shared/config/config-pieces.js";
import { environmentFor } from "../../shared/config/environment-for.js";
import { ENTRIES, type Entry, type EntryAccess } from "../../shared/entries/entry-catalogue.js";
import type { DeploySettings } from "../config/deploy-settings.js";
import { ExampleValueGuard } from "../constructs/example-value-guard.js";
import { FollowupFunction } from "../constructs/followup-function.js";
import { FollowupHttpApi } from "../constructs/followup-http-api.js";
import { FollowupScheduling } from "../constructs/followup-scheduling.js";
import { grantSendMail } from "../constructs/grant-send-mail.js";
import { grantTableAccess } from "../constructs/grant-table-access.js";
import { MailIntake, RAW_MAIL_PREFIX } from "../constructs/mail-intake.js";
import { OperationsAlarms } from "../constructs/operations-alarms.js";
import { StaticSite } from "../constructs/static-site.js";
import { WebSignIn } from "../constructs/web-sign-in.js";
import { PROJECT_ROOT } from "../project-root.js";
import { asyncFailureQueue } from "./async-failure-queue.js";
import { functionIdOf } from "./function-id-of.js";
import { reconcileSchedule } from "./reconcile-schedule.js";
import { inboundMailBucketName, type StatefulStack, TABLE_INDEX_NAMES } from "./stateful-stack.js";

/** What a function does with the service's resources; each flag is granted exactly, nothing else is. */
export type FunctionAccess = Partial<EntryAccess>;

export interface AddFunctionOptions {
  description?: string;
  memorySize?: number;
  timeout?: Duration;
  functionName?: string;
}

export interface StatelessStackProps extends StackProps {
  settings: DeploySettings;
  stateful: StatefulStack;
  /** Where the entry files and package-lock.json live; tests may point at a copy. */
  projectRoot?: string;
  /** The web app's build (`web/dist`); tests pass a stand-in. */
  webDistDir: string;
}

/**
 * The code and the wiring, safe to delete and redeploy at any time: every Lambda, the HTTP API, the step
 * schedules' group, role and dead-letter queue, the reconciler's rate schedule with its own, SES receiving
 * for the reply domain and the alarms.
 */
export class StatelessStack extends Stack {
  readonly functions = new Map<string, FollowupFunction>();
  readonly scheduling: FollowupScheduling;
  readonly sender: FollowupFunction;
  readonly reconciler: FollowupFunction;
  readonly sesEvents: FollowupFunction;
  readonly httpApi: FollowupHttpApi;
  readonly mailIntake: MailIntake;
  readonly inbound: FollowupFunction;
  readonly alarms: OperationsAlarms;
  readonly site: StaticSite;
  /** The Cognito hosted sign-in for the web app; only with the stack's own user pool. */
  readonly webSignIn: WebSignIn | undefined;
  /** Where clients call the API: the configured public URL, else the execute-api one (no trailing slash). */
  readonly apiUrl: string;
  private readonly settings: DeploySettings;
  private readonly stateful: StatefulStack;
  private readonly projectRoot: string;
  /** What this deployment tells its functions; environmentFor turns it into each entry's variables. */
  private readonly values: EnvironmentValues;

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);
    this.settings = props.settings;
    this.stateful = props.stateful;
    this.projectRoot = props.projectRoot ?? PROJECT_ROOT;
    this.alarms = new OperationsAlarms(this, "Alarms", { email: props.settings.alarmEmail });

    const senderFunctionName = `${this.stackName}-sender`.slice(0, 64);
    this.scheduling = new FollowupScheduling(this, "Scheduling", { senderFunctionName });
    this.alarms.watchDeadLetterQueue("SenderDeadLetters", this.scheduling.deadLetterQueue);
    this.values = {
      tableName: props.stateful.table.tableName,
      ...this.scheduling.values,
      mailFromAddress: props.settings.sendingAddress,
      replyDomain: props.settings.replyDomain,
      sesConfigurationSet: props.stateful.configurationSet.configurationSetName,
      replyTokenSecretArn: props.stateful.replyTokenSecret.secretArn,
    };
    // A URL on the operator's own domain is known before the API exists, so every entry gets it (the
    // calendar-token route included); the execute-api URL only after, so only the workers get that one.
    if (props.settings.publicApiUrl !== undefined) this.values.publicApiUrl = props.settings.publicApiUrl;

    // The web app: its origin is allowed by the API's CORS, and its CSP allows calls to the API and to the
    // hosted sign-in's token endpoint (whose client is built from the site's URL, hence lazily).
    const userPool = props.stateful.userPool;
    this.site = new StaticSite(this, "Web", {
      distDir: props.webDistDir,
      logRetentionDays: props.settings.logRetentionDays,
      customDomain: props.settings.web,
      connectOrigins: [
        // The API's own host cannot be named here: the API's CORS names this site, and CloudFormation
        // cannot build two resources that each name the other. So: execute-api hosts of this region, or
        // exactly the configured public URL's origin.
        props.settings.publicApiUrl === undefined
          ? `https://*.execute-api.${this.region}.${this.urlSuffix}`
          : new URL(props.settings.publicApiUrl).origin,
        ...(userPool === undefined
          ? []
          : [Lazy.string({ produce: () => `https://${this.webSignIn?.hostedUiDomain}` })]),
        // An identity provider of your own: the app may read its discovery document and token endpoint.
        ...(props.settings.jwt === undefined ? [] : [new URL(props.settings.jwt.issuer).origin]),
      ],
    });
    this.webSignIn =
      userPool === undefined
        ? undefined
        : new WebSignIn(this, "WebSignIn", { userPool, appUrl: this.site.url });

    // The routes first: the workers' links (unsubscribe, stop/snooze) live under the API's URL.
    const handlers = API_ROUTES.map((route) => ({
      route,
      fn: this.addFunction(functionIdOf(route.entry), route, { description: `${route.method} ${route.path}` })
        .fn,
    }));
    const jwt = props.stateful.jwt;
    this.httpApi = new FollowupHttpApi(this, "Http", {
      handlers,
      // Tokens the web app's own client gets are for this API too.
      jwt:
        this.webSignIn === undefined
          ? jwt
          : { ...jwt, audience: [...jwt.audience, this.webSignIn.client.userPoolClientId] },
      allowedOrigins: [...props.settings.allowedOrigins, this.site.url],
      rateLimit: props.settings.apiRateLimit,
      burstLimit: props.settings.apiBurstLimit,
      logRetentionDays: props.settings.logRetentionDays,
    });
    this.alarms.watchHttpApi("ApiServerErrors", this.httpApi.api);
    // The `$default` stage has no path: its endpoint is the base URL, written without a trailing slash.
    this.apiUrl = props.settings.publicApiUrl ?? this.httpApi.api.apiEndpoint;
    this.values.publicApiUrl = this.apiUrl;
    this.site.publish({
      apiUrl: this.apiUrl,
      auth:
        this.webSignIn === undefined
          ? { issuer: jwt.issuer }
          : {
              issuer: jwt.issuer,
              clientId: this.webSignIn.client.userPoolClientId,
              hostedUiDomain: this.webSignIn.hostedUiDomain,
              signInUrl: this.webSignIn.signInUrl,
            },
    });

    this.sender = this.addFunction("Sender", ENTRIES.sender, {
      functionName: senderFunctionName,
      timeout: Duration.seconds(30),
    });
    this.scheduling.allowInvoke(this.sender.fn);
    // Scheduler invokes the sender asynchronously: a failing send is retried by Lambda, then recorded in
    // the same dead-letter queue as steps Scheduler could not deliver, so nothing is silently lost.
    // (SqsDestination would also grant GetQueueAttributes/GetQueueUrl, which Lambda does not need.)
    const deadLetterQueueArn = this.scheduling.deadLetterQueue.queueArn;
    this.sender.role.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ["sqs:SendMessage"], resources: [deadLetterQueueArn] }),
    );
    this.sender.fn.configureAsyncInvoke({
      retryAttempts: 2,
      onFailure: { bind: () => ({ destination: deadLetterQueueArn }) },
    });

    this.reconciler = this.addFunction("Reconciler", ENTRIES.reconciler, { timeout: Duration.minutes(2) });
    reconcileSchedule(this, this.reconciler.fn, this.alarms);

    // Sends, bounces and complaints: the configuration set publishes them to the stateful stack's topic. The
    // subscription is created next to the function (LambdaSubscription's scope), so the stateful stack never
    // refers to this one.
    this.sesEvents = this.addFunction("SesEvents", ENTRIES.sesEvents);
    props.stateful.mailEventsTopic.addSubscription(
      new snsSubscriptions.LambdaSubscription(this.sesEvents.fn),
    );
    asyncFailureQueue(
      this,
      "SesEventFailures",
      this.sesEvents.fn,
      this.alarms,
      "SES events the handler kept failing on (a Send event's Message-ID index, a bounce's or complaint's suppression) are waiting in SesEventFailures: fix the cause, then invoke the SES event handler with each message's requestPayload.",
    );

    // Inbound replies: the receipt rule stores the raw message, then invokes the inbound function, which
    // reads it, matches it to its chain, stops the chain on a person's reply and forwards it.
    this.mailIntake = new MailIntake(this, "MailIntake", {
      bucket: props.stateful.inboundMailBucket,
      replyDomain: props.settings.replyDomain,
    });
    // Same account and region as the stateful stack: its bucket name is known here without a reference.
    const inboundBucketName = inboundMailBucketName(props.stateful.stackName, this.account, this.region);
    this.values.inboundMailBucket = inboundBucketName;
    this.values.inboundMailPrefix = RAW_MAIL_PREFIX;
    this.inbound = this.addFunction("Inbound", ENTRIES.inbound, { timeout: Duration.seconds(30) });
    this.inbound.role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ["s3:GetObject"],
        resources: [`arn:${this.partition}:s3:::${inboundBucketName}/${RAW_MAIL_PREFIX}*`],
      }),
    );
    this.mailIntake.addInboundHandler(this.inbound.fn);
    // A reply the handler still fails on after Lambda's retries must not vanish: it would have stopped the chain.
    asyncFailureQueue(
      this,
      "InboundFailures",
      this.inbound.fn,
      this.alarms,
      "Inbound mail the handler kept failing on (a reply that must stop its chain) is waiting in InboundFailures: fix the cause, then invoke the inbound handler with each message's requestPayload while its raw mail is kept.",
    );
    Validations.of(this.inbound.role).acknowledge({
      id: `AwsSolutions::AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::${props.stateful.stackName.toLowerCase()}-inbound-<AWS::AccountId>-<AWS::Region>/${RAW_MAIL_PREFIX}*]`,
      reason:
        "The inbound function reads raw replies SES stored under the receipt rule's prefix; their keys are SES message ids, unknown in advance, so the grant is GetObject on that prefix only.",
    });

    new CfnOutput(this, "ApiUrl", { value: this.httpApi.url });
    new CfnOutput(this, "WebAppUrl", { value: this.site.url });
    new CfnOutput(this, "WebAppDistributionDomain", { value: this.site.distribution.distributionDomainName });
    new CfnOutput(this, "JwtIssuer", { value: props.stateful.jwt.issuer });
    new CfnOutput(this, "ReceiptRuleSetName", { value: this.mailIntake.ruleSet.receiptRuleSetName });
    new CfnOutput(this, "SenderDeadLetterQueueUrl", { value: this.scheduling.deadLetterQueue.queueUrl });
    new ExampleValueGuard(this, "ExampleValueGuard", { settings: props.settings.exampleValues });
  }

  /**
   * A function for an entry of the catalogue: the shared defaults, the environment its configuration pieces
   * name (filled from this stack's values; a missing required one fails the synth), exactly the grants its
   * access names, and error/throttle alarms.
   */
  addFunction(id: string, entry: Entry, options: AddFunctionOptions = {}): FollowupFunction {
    const { access } = entry;
    const { settings, stateful } = this;
    const fn = new FollowupFunction(this, id, {
      entry: entry.entry,
      projectRoot: this.projectRoot,
      logRetentionDays: settings.logRetentionDays,
      sourceMaps: settings.sourceMaps,
      description: options.description ?? ("description" in entry ? entry.description : undefined),
      environment: environmentFor(entry.config, this.values),
      memorySize: options.memorySize,
      timeout: options.timeout,
      functionName: options.functionName,
    });
    grantTableAccess(
      fn.role,
      stateful.table,
      TABLE_INDEX_NAMES,
      access.table ?? "none",
      access.deletesItems === true,
    );
    if (access.schedules === "write") this.scheduling.grantScheduleWrite(fn.role);
    if (access.sendMail) {
      grantSendMail(this, fn.role, {
        sendingDomain: settings.sendingDomain,
        sendingAddress: settings.sendingAddress,
        configurationSetName: stateful.configurationSet.configurationSetName,
      });
    }
    if (access.secret) {
      fn.role.addToPrincipalPolicy(
        new iam.PolicyStatement({
          actions: ["secretsmanager:GetSecretValue"],
          resources: [stateful.replyTokenSecret.secretArn],
        }),
      );
    }
    this.functions.set(id, fn);
    this.alarms.watchFunction(id, fn.fn);
    return fn;
  }
}
