import fs from "node:fs";
import path from "node:path";
import { Match, type Template } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { SCHEDULE_WRITE_ACTIONS } from "../../infra/constructs/followup-scheduling.js";
import {
  TABLE_DELETE_ACTION,
  TABLE_READ_ACTIONS,
  TABLE_WRITE_ACTIONS,
} from "../../infra/constructs/grant-table-access.js";
import { PROJECT_ROOT } from "../../infra/project-root.js";
import { functionIdOf } from "../../infra/stacks/function-id-of.js";
import type { FunctionAccess } from "../../infra/stacks/stateless-stack.js";
import { API_ROUTES, type ApiRoute } from "../../shared/api/api-routes.js";
import { BUNDLE_ASSETS, bundleAssetsOf, shippedName } from "../../shared/entries/bundle-assets.js";
import { ENTRY_LIST } from "../../shared/entries/entry-catalogue.js";
import {
  actionsOf,
  logicalIdOf,
  resourcesFor,
  type Statement,
  type SynthesizedApp,
  statementsOfRole,
  synthFollowupApp,
} from "./synth-followup-app.js";

let synth: SynthesizedApp;
let template: Template;

beforeAll(() => {
  // The one synthesis of this file that bundles every Lambda with esbuild.
  synth = synthFollowupApp({ bundle: true });
  template = synth.statelessTemplate;
});

const SENDER_ACCESS: FunctionAccess = {
  table: "write",
  schedules: "write",
  sendMail: true,
  secret: true,
};
const RECONCILER_ACCESS: FunctionAccess = { table: "write", schedules: "write" };
const SES_EVENTS_ACCESS: FunctionAccess = { table: "write" };

function fn(id: string) {
  const found = synth.stateless.functions.get(id);
  if (found === undefined) throw new Error(`no function ${id}`);
  return found;
}

function statementsOf(id: string): Statement[] {
  return statementsOfRole(template, logicalIdOf(fn(id).role));
}

/** Exactly what a function with this access may do; anything more is a failure. */
function expectedActions(access: FunctionAccess): string[] {
  const actions: string[] = ["logs:CreateLogStream", "logs:PutLogEvents"];
  if (access.table === "read") actions.push(...TABLE_READ_ACTIONS);
  if (access.table === "write") actions.push(...TABLE_WRITE_ACTIONS);
  if (access.deletesItems) actions.push(TABLE_DELETE_ACTION);
  if (access.schedules === "write") actions.push(...SCHEDULE_WRITE_ACTIONS, "iam:PassRole");
  if (access.sendMail) actions.push("ses:SendEmail", "ses:SendRawEmail");
  if (access.secret) actions.push("secretsmanager:GetSecretValue");
  return actions.sort();
}

function routeFunctionId(route: ApiRoute): string {
  return functionIdOf(route.entry);
}

interface FunctionProperties {
  Code: { S3Key: string };
  /** Absent on a function with no variables at all. */
  Environment?: { Variables?: Record<string, unknown> };
  FunctionName?: string;
  Timeout: number;
}

function functionProps(id: string): FunctionProperties {
  return template.toJSON().Resources[logicalIdOf(fn(id).fn)].Properties as FunctionProperties;
}

/** A function's environment variables (none: an empty object). */
const variablesOf = (id: string): Record<string, unknown> => functionProps(id).Environment?.Variables ?? {};

/** One function per entry of the catalogue, named after its file (the workers: Sender, Reconciler, ...). */
const ALL_FUNCTION_IDS = ENTRY_LIST.map((entry) => functionIdOf(entry.entry));

describe("function defaults", () => {
  it("builds one function per API route plus the sender, the reconciler, the SES event and the inbound handlers", () => {
    // ... and the CDK's handler that copies the web app into its bucket on each deploy.
    template.resourceCountIs("AWS::Lambda::Function", API_ROUTES.length + 4 + 1);
    expect(ALL_FUNCTION_IDS).toEqual(
      expect.arrayContaining(["Sender", "Reconciler", "SesEvents", "Inbound"]),
    );
    expect([...synth.stateless.functions.keys()].sort()).toEqual([...ALL_FUNCTION_IDS].sort());
  });

  it.each(ALL_FUNCTION_IDS)("%s runs Node 22 on arm64 with JSON logs in its own log group", (id) => {
    const props = functionProps(id);
    expect(props).toMatchObject({
      Runtime: "nodejs22.x",
      Architectures: ["arm64"],
      Handler: "index.handler",
      LoggingConfig: { LogFormat: "JSON", LogGroup: { Ref: logicalIdOf(fn(id).logGroup) } },
    });
    // Source maps cost every cold start their parse: off unless the deployment asks (app-variants.test.ts).
    expect(variablesOf(id).NODE_OPTIONS).toBeUndefined();
    expect(props.Timeout).toBeLessThanOrEqual(120);
    expect(template.toJSON().Resources[logicalIdOf(fn(id).logGroup)]).toMatchObject({
      Type: "AWS::Logs::LogGroup",
      Properties: { RetentionInDays: 30 },
      DeletionPolicy: "Delete",
    });
  });

  it("bundles each entry as minified ESM with a working `require`, the AWS SDK inside, and no local/ or infra/ code", () => {
    for (const { entry } of ENTRY_LIST) {
      const key = functionProps(functionIdOf(entry)).Code.S3Key;
      const dir = path.join(synth.outdir, `asset.${key.replace(/\.zip$/, "")}`);
      const code = fs.readFileSync(path.join(dir, "index.mjs"), "utf8");
      expect(
        code.startsWith(
          "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
        ),
      ).toBe(true);
      expect(code).toMatch(/export\s*\{[^}]*\bhandler\b/);
      expect(code).not.toMatch(/from\s*"@aws-sdk\//);
      // middy's import of it is aliased to shared/http/readable-stream.ts (WEB_STREAMS_STAND_IN).
      expect(code).not.toContain("node:stream/web");
      // ASCII, regex literals included (scripts/make-bundle-ascii.ts ran after esbuild): V8 holds it one-byte.
      expect(code.search(/[\u0080-\uffff]/), entry).toBe(-1);
      const map = JSON.parse(fs.readFileSync(path.join(dir, "index.mjs.map"), "utf8")) as {
        sources: string[];
      };
      const ours = map.sources.filter((source) => !source.includes("node_modules/"));
      expect(ours.length).toBeGreaterThan(0);
      expect(ours.filter((source) => /(^|\/)(local|infra|test)\//.test(source))).toEqual([]);
      // The holiday tables the calendar reads beside index.mjs (shared/domain/holiday-source.ts), not inside it.
      expect(fs.readdirSync(path.join(dir, "holiday-tables"))).toContain("DE.json");
      expect(ours.filter((source) => source.includes("holiday-tables/"))).toEqual([]);
      // And the zone tables wall-clock.ts reads there (shared/domain/zone-source.ts).
      expect(fs.readdirSync(path.join(dir, "zone-tables", "Europe"))).toContain("Berlin.json");
      expect(ours.filter((source) => source.includes("zone-tables/"))).toEqual([]);
      // Each asset of BUNDLE_ASSETS beside the bundles that read it, and only there (80 KB of OpenAPI).
      for (const asset of BUNDLE_ASSETS) {
        const shipped = bundleAssetsOf(entry).includes(asset);
        expect(fs.existsSync(path.join(dir, shippedName(asset))), `${entry}: ${asset.source}`).toBe(shipped);
        if (shipped) {
          expect(fs.readdirSync(path.join(dir, shippedName(asset))).sort()).toEqual(
            fs.readdirSync(path.join(PROJECT_ROOT, asset.source)).sort(),
          );
        }
      }
    }
  });
});

describe("least privilege", () => {
  it.each(API_ROUTES.map((route) => [`${route.method} ${route.path}`, route] as const))(
    "%s may do exactly what API_ROUTES says",
    (_name, route) => {
      expect(actionsOf(statementsOf(routeFunctionId(route)))).toEqual(expectedActions(route.access));
    },
  );

  it("the sender may use the table, its schedules, SES and the reply-token key, and write to the dead-letter queue", () => {
    expect(actionsOf(statementsOf("Sender"))).toEqual(
      [...expectedActions(SENDER_ACCESS), "sqs:SendMessage"].sort(),
    );
  });

  it("the reconciler may use the table and the schedules", () => {
    expect(actionsOf(statementsOf("Reconciler"))).toEqual(expectedActions(RECONCILER_ACCESS));
  });

  it("the SES event handler may use the table, and send its failed events to their queue only", () => {
    const statements = statementsOf("SesEvents");
    expect(actionsOf(statements)).toEqual([...expectedActions(SES_EVENTS_ACCESS), "sqs:SendMessage"].sort());
    const queueStatements = statements.filter((st) =>
      [st.Action].flat().some((a: string) => a.startsWith("sqs:")),
    );
    for (const st of queueStatements)
      expect(st.Resource).toEqual({ "Fn::GetAtt": [expect.stringMatching(/^SesEventFailures/), "Arn"] });
  });

  it("the inbound handler may use the table, the schedules, SES (to forward replies), the key, read raw mail under inbound/ only, and write its failed events to their queue", () => {
    const statements = statementsOf("Inbound");
    expect(actionsOf(statements)).toEqual(
      [...expectedActions(SENDER_ACCESS), "s3:GetObject", "sqs:SendMessage"].sort(),
    );
    const read = resourcesFor(statements, "s3:GetObject");
    expect(read).toHaveLength(1);
    expect(JSON.parse(read[0] ?? "null")).toEqual({
      "Fn::Join": [
        "",
        [
          "arn:",
          { Ref: "AWS::Partition" },
          ":s3:::followupstateful-inbound-",
          { Ref: "AWS::AccountId" },
          "-",
          { Ref: "AWS::Region" },
          "/inbound/*",
        ],
      ],
    });
  });

  it.each(["GetInterview", "ManagePage"])(
    "the read-only route %s cannot write the table or touch schedules",
    (id) => {
      const actions = actionsOf(statementsOf(id));
      expect(actions).toContain("dynamodb:GetItem");
      for (const forbidden of [
        "dynamodb:PutItem",
        "dynamodb:UpdateItem",
        "dynamodb:DeleteItem",
        "scheduler:CreateSchedule",
      ]) {
        expect(actions).not.toContain(forbidden);
      }
    },
  );

  it("gives the manage routes exactly: the page reads the table and the key, the POST also writes the chain and its schedules", () => {
    expect(
      API_ROUTES.filter((r) => r.path === "/manage/{token}").map((r) => [r.method, r.auth, r.access]),
    ).toEqual([
      ["GET", false, { table: "read", schedules: "none", secret: true }],
      ["POST", false, { table: "write", schedules: "write", secret: true }],
    ]);
    expect(actionsOf(statementsOf("ManagePage"))).toEqual(
      [
        "logs:CreateLogStream",
        "logs:PutLogEvents",
        ...TABLE_READ_ACTIONS,
        "secretsmanager:GetSecretValue",
      ].sort(),
    );
    expect(actionsOf(statementsOf("Manage"))).toEqual(
      [
        "logs:CreateLogStream",
        "logs:PutLogEvents",
        ...TABLE_WRITE_ACTIONS,
        ...SCHEDULE_WRITE_ACTIONS,
        "iam:PassRole",
        "secretsmanager:GetSecretValue",
      ].sort(),
    );
  });

  it("table actions name the table, and queries also its two indexes, nothing else", () => {
    for (const id of ALL_FUNCTION_IDS) {
      const statements = statementsOf(id);
      for (const action of [
        "dynamodb:GetItem",
        "dynamodb:PutItem",
        "dynamodb:UpdateItem",
        "dynamodb:DeleteItem",
      ]) {
        for (const resource of resourcesFor(statements, action))
          expect(resource).toMatch(/FnGetAttTable[0-9A-F]+Arn/);
      }
      // No function batch-reads the table (registration reads one owner record instead of contact markers).
      expect(resourcesFor(statements, "dynamodb:BatchGetItem")).toEqual([]);
      const queried = resourcesFor(statements, "dynamodb:Query");
      if (queried.length === 0) continue;
      expect(queried).toHaveLength(4);
      expect(queried.filter((resource) => resource.includes("/index/gsi1"))).toHaveLength(1);
      expect(queried.filter((resource) => resource.includes("/index/gsi2"))).toHaveLength(1);
      expect(queried.filter((resource) => resource.includes("/index/gsi3"))).toHaveLength(1);
    }
  });

  it("schedule actions are confined to the step group, and only the scheduler role can be passed, only to Scheduler", () => {
    const groupName = synth.stateless.scheduling.group.scheduleGroupName;
    const schedulerRole = logicalIdOf(synth.stateless.scheduling.schedulerRole);
    for (const id of [
      "Sender",
      "Reconciler",
      "CreateInterview",
      "UpdateInterview",
      "StopInterview",
      "SnoozeInterview",
      "DeleteInterview",
      "Unsubscribe",
      "Manage",
    ]) {
      const statements = statementsOf(id);
      for (const action of SCHEDULE_WRITE_ACTIONS) {
        expect(resourcesFor(statements, action)).toEqual([
          expect.stringContaining(`:schedule/${groupName}/*`),
        ]);
      }
      const passRole = statements.filter((statement) => [statement.Action].flat().includes("iam:PassRole"));
      expect(passRole).toEqual([
        {
          Effect: "Allow",
          Action: "iam:PassRole",
          Resource: { "Fn::GetAtt": [schedulerRole, "Arn"] },
          Condition: { StringEquals: { "iam:PassedToService": "scheduler.amazonaws.com" } },
        },
      ]);
    }
  });

  it("each function may write only its own log group", () => {
    for (const id of ALL_FUNCTION_IDS) {
      expect(resourcesFor(statementsOf(id), "logs:PutLogEvents")).toEqual([
        JSON.stringify({ "Fn::GetAtt": [logicalIdOf(fn(id).logGroup), "Arn"] }),
      ]);
    }
  });

  it.each(["Sender", "Inbound"])(
    "only %s and its peer may send mail, as the sending address, through the configuration set",
    (sender) => {
      const ses = statementsOf(sender).filter((statement) =>
        [statement.Action].flat().includes("ses:SendEmail"),
      );
      expect(ses).toHaveLength(1);
      const resources = JSON.stringify(ses[0]?.Resource);
      expect(resources).toContain(":identity/mail.example.com");
      expect(resources).toContain(":identity/followups@mail.example.com");
      expect(resources).toMatch(/:configuration-set\/".*PublishOutputRefMailConfiguration/);
      expect([ses[0]?.Resource].flat()).toHaveLength(3);
      expect(ses[0]?.Condition).toEqual({
        StringEquals: { "ses:FromAddress": "followups@mail.example.com" },
      });
      for (const id of ALL_FUNCTION_IDS.filter((other) => other !== "Sender" && other !== "Inbound")) {
        expect(actionsOf(statementsOf(id)).filter((action) => action.startsWith("ses:"))).toEqual([]);
      }
    },
  );

  it("only the sender, the inbound handler and the routes whose access names the secret may read the reply-token key, and only that secret", () => {
    const readers = ["Sender", "Inbound", ...API_ROUTES.filter((r) => r.access.secret).map(routeFunctionId)];
    expect(readers).toEqual([
      "Sender",
      "Inbound",
      "IssueCalendarFeed",
      "CalendarFeed",
      "UnsubscribePage",
      "Unsubscribe",
      "ManagePage",
      "Manage",
    ]);
    for (const id of readers) {
      expect(resourcesFor(statementsOf(id), "secretsmanager:GetSecretValue")).toEqual([
        expect.stringMatching(/PublishOutputRefReplyTokenKey/),
      ]);
    }
    for (const id of ALL_FUNCTION_IDS.filter((other) => !readers.includes(other))) {
      expect(actionsOf(statementsOf(id))).not.toContain("secretsmanager:GetSecretValue");
    }
  });

  it("no policy of the stack grants a wildcard action or any resource '*' (but the CDK's deploy-time file copier)", () => {
    const isCopier = (policy: Record<string, unknown>) =>
      JSON.stringify((policy.Properties as { Roles: unknown }).Roles).includes('"CustomCDKBucketDeployment');
    const policies = Object.values(template.findResources("AWS::IAM::Policy"));
    for (const policy of policies.filter(isCopier)) {
      // It reads the CDK's asset bucket, writes the web app's bucket and invalidates the distribution.
      const statements = policy.Properties.PolicyDocument.Statement as Statement[];
      const starred = statements.filter((statement) => [statement.Resource].flat().includes("*"));
      expect(actionsOf(starred)).toEqual(["cloudfront:CreateInvalidation", "cloudfront:GetInvalidation"]);
      const buckets = statements
        .flatMap((statement) => [statement.Resource].flat())
        .map((r) => JSON.stringify(r));
      const siteBucket = logicalIdOf(synth.stateless.site.bucket);
      expect(
        buckets.filter((r) => r !== '"*"' && !r.includes("cdk-hnb659fds-assets") && !r.includes(siteBucket)),
      ).toEqual([]);
    }
    for (const policy of policies.filter((policy) => !isCopier(policy))) {
      for (const statement of policy.Properties.PolicyDocument.Statement as Statement[]) {
        expect([statement.Action].flat().filter((action) => action.includes("*"))).toEqual([]);
        expect([statement.Resource].flat()).not.toContain("*");
      }
    }
  });
});

describe("configuration of the functions", () => {
  it("gives each route function only the variables its access implies, and never a secret's value", () => {
    for (const route of API_ROUTES) {
      const variables = Object.keys(variablesOf(routeFunctionId(route))).sort();
      const expected: string[] = [];
      if (route.access.table !== "none") expected.push("TABLE_NAME");
      if (route.access.schedules === "write") {
        expected.push("SCHEDULE_GROUP_NAME", "SCHEDULER_ROLE_ARN", "SENDER_DLQ_ARN", "SENDER_FUNCTION_ARN");
      }
      if (route.access.secret) expected.push("REPLY_TOKEN_SECRET_ARN");
      if (route.access.mailAddresses) expected.push("MAIL_FROM_ADDRESS", "REPLY_DOMAIN");
      expect(variables).toEqual(expected.sort());
    }
  });

  it("gives the sender everything shared/config/sender-config.ts reads, including its own ARN", () => {
    const props = functionProps("Sender");
    const variables = variablesOf("Sender");
    expect(Object.keys(variables).sort()).toEqual(
      [
        "TABLE_NAME",
        "SCHEDULE_GROUP_NAME",
        "SENDER_FUNCTION_ARN",
        "SCHEDULER_ROLE_ARN",
        "SENDER_DLQ_ARN",
        "MAIL_FROM_ADDRESS",
        "REPLY_DOMAIN",
        "SES_CONFIGURATION_SET",
        "REPLY_TOKEN_SECRET_ARN",
        "PUBLIC_API_URL",
      ].sort(),
    );
    expect(variables).toMatchObject({
      MAIL_FROM_ADDRESS: "followups@mail.example.com",
      REPLY_DOMAIN: "reply.example.com",
      SCHEDULE_GROUP_NAME: synth.stateless.scheduling.group.scheduleGroupName,
      SCHEDULER_ROLE_ARN: { "Fn::GetAtt": [logicalIdOf(synth.stateless.scheduling.schedulerRole), "Arn"] },
      SENDER_DLQ_ARN: { "Fn::GetAtt": [logicalIdOf(synth.stateless.scheduling.deadLetterQueue), "Arn"] },
    });
    expect(JSON.stringify(variables.SENDER_FUNCTION_ARN)).toContain(`:function:${props.FunctionName}"`);
    // The HTTP API's own URL, under which emails to contacts carry their unsubscribe link.
    expect(variables.PUBLIC_API_URL).toEqual({
      "Fn::GetAtt": [logicalIdOf(synth.stateless.httpApi.api), "ApiEndpoint"],
    });
  });

  it("gives the inbound handler the API's URL, for the Stop link in an unverified forward", () => {
    const variables = variablesOf("Inbound");
    expect(JSON.stringify(variables.PUBLIC_API_URL)).toContain(logicalIdOf(synth.stateless.httpApi.api));
  });

  it("gives the SES event handler the table only", () => {
    expect(Object.keys(variablesOf("SesEvents")).sort()).toEqual(["TABLE_NAME"]);
  });
});

describe("step schedules", () => {
  it("have a group, and a role only Scheduler acting for that group may assume", () => {
    template.resourceCountIs("AWS::Scheduler::ScheduleGroup", 1);
    template.hasResourceProperties("AWS::IAM::Role", {
      AssumeRolePolicyDocument: {
        Statement: [
          {
            Effect: "Allow",
            Action: "sts:AssumeRole",
            Principal: { Service: "scheduler.amazonaws.com" },
            Condition: {
              StringEquals: {
                "aws:SourceAccount": { Ref: "AWS::AccountId" },
                "aws:SourceArn": {
                  "Fn::GetAtt": [logicalIdOf(synth.stateless.scheduling.group), "Arn"],
                },
              },
            },
          },
        ],
      },
    });
  });

  it("fire through a role that may invoke the sender and write to the dead-letter queue, nothing else", () => {
    const statements = statementsOfRole(template, logicalIdOf(synth.stateless.scheduling.schedulerRole));
    expect(actionsOf(statements)).toEqual(["lambda:InvokeFunction", "sqs:SendMessage"]);
    expect(resourcesFor(statements, "lambda:InvokeFunction")).toEqual([
      JSON.stringify({ "Fn::GetAtt": [logicalIdOf(fn("Sender").fn), "Arn"] }),
    ]);
    expect(resourcesFor(statements, "sqs:SendMessage")).toEqual([
      JSON.stringify({ "Fn::GetAtt": [logicalIdOf(synth.stateless.scheduling.deadLetterQueue), "Arn"] }),
    ]);
  });

  it("dead-letter into an encrypted, TLS-only queue that keeps messages 14 days and raises an alarm", () => {
    const queue = logicalIdOf(synth.stateless.scheduling.deadLetterQueue);
    template.hasResourceProperties("AWS::SQS::Queue", {
      SqsManagedSseEnabled: true,
      MessageRetentionPeriod: 1_209_600,
    });
    template.hasResourceProperties("AWS::SQS::QueuePolicy", {
      Queues: [{ Ref: queue }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: "Deny", Condition: { Bool: { "aws:SecureTransport": "false" } } }),
        ]),
      },
    });
    template.hasResourceProperties("AWS::CloudWatch::Alarm", {
      Namespace: "AWS/SQS",
      MetricName: "ApproximateNumberOfMessagesVisible",
      Dimensions: [{ Name: "QueueName", Value: { "Fn::GetAtt": [queue, "QueueName"] } }],
      Threshold: 1,
      ComparisonOperator: "GreaterThanOrEqualToThreshold",
      AlarmActions: [{ Ref: logicalIdOf(synth.stateless.alarms.topic) }],
    });
  });

  it("send a failed sender invocation, after two retries, to the same dead-letter queue", () => {
    template.hasResourceProperties("AWS::Lambda::EventInvokeConfig", {
      FunctionName: { Ref: logicalIdOf(fn("Sender").fn) },
      MaximumRetryAttempts: 2,
      DestinationConfig: {
        OnFailure: {
          Destination: { "Fn::GetAtt": [logicalIdOf(synth.stateless.scheduling.deadLetterQueue), "Arn"] },
        },
      },
    });
  });

  it("are reconciled every 15 minutes by a schedule in the default group that may invoke only the reconciler (and dead-letter)", () => {
    const reconciler = logicalIdOf(fn("Reconciler").fn);
    const schedules = template.findResources("AWS::Scheduler::Schedule");
    expect(Object.values(schedules)).toHaveLength(1);
    const schedule = Object.values(schedules)[0]?.Properties;
    expect(schedule).toMatchObject({
      ScheduleExpression: "rate(15 minutes)",
      State: "ENABLED",
      Target: { Arn: { "Fn::GetAtt": [reconciler, "Arn"] }, RetryPolicy: { MaximumRetryAttempts: 2 } },
    });
    expect(schedule?.GroupName).toBeUndefined();
    const roleId = logicalIdOf(synth.stateless.node.findChild("ReconcileScheduleRole"));
    expect(schedule?.Target.RoleArn).toEqual({ "Fn::GetAtt": [roleId, "Arn"] });
    const statements = statementsOfRole(template, roleId);
    // Its own dead-letter queue is held in test/infra/reconcile-schedule.test.ts.
    expect(actionsOf(statements)).toEqual(["lambda:InvokeFunction", "sqs:SendMessage"]);
    for (const resource of resourcesFor(statements, "lambda:InvokeFunction"))
      expect(resource).toContain(reconciler);
    template.hasResourceProperties("AWS::Lambda::EventInvokeConfig", {
      FunctionName: { Ref: reconciler },
      MaximumRetryAttempts: 0,
    });
  });
});

describe("HTTP API", () => {
  it("has exactly one route per API_ROUTES entry, JWT-protected where auth is true", () => {
    const authorizer = Object.keys(template.findResources("AWS::ApiGatewayV2::Authorizer"));
    expect(authorizer).toHaveLength(1);
    const routes = Object.values(template.findResources("AWS::ApiGatewayV2::Route")).map((r) => r.Properties);
    expect(routes.map((route) => route.RouteKey).sort()).toEqual(
      API_ROUTES.map((route) => `${route.method} ${route.path}`).sort(),
    );
    for (const route of API_ROUTES) {
      const props = routes.find((candidate) => candidate.RouteKey === `${route.method} ${route.path}`);
      if (route.auth) {
        expect(props).toMatchObject({ AuthorizationType: "JWT", AuthorizerId: { Ref: authorizer[0] } });
      } else {
        expect(props?.AuthorizationType).toBe("NONE");
      }
    }
  });

  it("integrates each route with its own function", () => {
    const integrations = template.findResources("AWS::ApiGatewayV2::Integration");
    const routes = Object.values(template.findResources("AWS::ApiGatewayV2::Route")).map((r) => r.Properties);
    expect(Object.keys(integrations)).toHaveLength(API_ROUTES.length);
    for (const route of API_ROUTES) {
      const props = routes.find((candidate) => candidate.RouteKey === `${route.method} ${route.path}`);
      const integrationId = JSON.stringify(props?.Target).match(/"Ref":"([A-Za-z0-9]+)"/)?.[1] ?? "";
      expect(integrations[integrationId]?.Properties).toMatchObject({
        IntegrationType: "AWS_PROXY",
        PayloadFormatVersion: "2.0",
        IntegrationUri: { "Fn::GetAtt": [logicalIdOf(fn(routeFunctionId(route)).fn), "Arn"] },
      });
    }
    // API Gateway may invoke each function only for its own route.
    const permissions = Object.values(template.findResources("AWS::Lambda::Permission")).map(
      (p) => p.Properties,
    );
    expect(permissions.filter((p) => p.Principal === "apigateway.amazonaws.com")).toHaveLength(
      API_ROUTES.length,
    );
  });

  it("accepts tokens of the Cognito pool created by the stateful stack, for its API client and the web app's", () => {
    const webClient = synth.stateless.webSignIn?.client;
    if (webClient === undefined) throw new Error("no web sign-in client");
    template.hasResourceProperties("AWS::ApiGatewayV2::Authorizer", {
      AuthorizerType: "JWT",
      IdentitySource: ["$request.header.Authorization"],
      JwtConfiguration: {
        Issuer: {
          "Fn::Join": [
            "",
            ["https://", { "Fn::GetStackOutput": Match.objectLike({ StackName: "FollowupStateful" }) }],
          ],
        },
        Audience: [
          {
            "Fn::GetStackOutput": Match.objectLike({
              OutputName: Match.stringLikeRegexp("^PublishOutputRefUsersApiClient"),
            }),
          },
          { Ref: logicalIdOf(webClient) },
        ],
      },
    });
  });

  it("throttles and logs every request on the $default stage", () => {
    template.hasResourceProperties("AWS::ApiGatewayV2::Stage", {
      StageName: "$default",
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 10, ThrottlingBurstLimit: 20 },
      AccessLogSettings: {
        DestinationArn: { "Fn::GetAtt": [Match.stringLikeRegexp("^HttpAccessLogs"), "Arn"] },
        Format: Match.stringLikeRegexp("\\$context\\.requestId"),
      },
    });
  });

  it("answers CORS preflights for the configured origins and the web app only, allowing an Idempotency-Key and If-Match and exposing ETag", () => {
    const site = {
      "Fn::Join": [
        "",
        ["https://", { "Fn::GetAtt": [logicalIdOf(synth.stateless.site.distribution), "DomainName"] }],
      ],
    };
    template.hasResourceProperties("AWS::ApiGatewayV2::Api", {
      ProtocolType: "HTTP",
      CorsConfiguration: {
        AllowOrigins: ["https://app.example.com", site],
        AllowMethods: Match.arrayWith(["GET", "POST", "PATCH", "DELETE"]),
        AllowHeaders: ["authorization", "content-type", "idempotency-key", "if-match"],
        ExposeHeaders: ["location", "retry-after", "idempotent-replayed", "etag"],
      },
    });
  });
});

describe("bounces and complaints", () => {
  it("sends an SES event the handler still fails after its retries to an alarmed queue, not nowhere", () => {
    const configs = Object.values(template.findResources("AWS::Lambda::EventInvokeConfig")).map(
      (r) => r.Properties,
    );
    const own = configs.filter(
      (p) => JSON.stringify(p.FunctionName) === JSON.stringify({ Ref: logicalIdOf(fn("SesEvents").fn) }),
    );
    expect(own).toHaveLength(1);
    const target = own[0]?.DestinationConfig?.OnFailure?.Destination;
    expect(target).toEqual({ "Fn::GetAtt": [expect.stringMatching(/^SesEventFailures/), "Arn"] });
    const queueId = target["Fn::GetAtt"][0];
    const alarms = Object.values(template.findResources("AWS::CloudWatch::Alarm")).map((r) => r.Properties);
    expect(
      alarms.some((a) =>
        (a.Dimensions ?? []).some(
          (d: { Value: unknown }) =>
            JSON.stringify(d.Value) === JSON.stringify({ "Fn::GetAtt": [queueId, "QueueName"] }),
        ),
      ),
    ).toBe(true);
  });
  it("reach the SES event handler through a Lambda subscription to the stateful stack's topic, which alone may invoke it", () => {
    const handlerArn = { "Fn::GetAtt": [logicalIdOf(fn("SesEvents").fn), "Arn"] };
    const subscriptions = Object.values(template.findResources("AWS::SNS::Subscription"))
      .map((r) => r.Properties)
      .filter((p) => p.Protocol === "lambda");
    expect(subscriptions).toEqual([
      expect.objectContaining({
        Endpoint: handlerArn,
        TopicArn: {
          "Fn::GetStackOutput": expect.objectContaining({ OutputName: expect.stringMatching(/MailEvents/) }),
        },
      }),
    ]);
    const permissions = Object.values(template.findResources("AWS::Lambda::Permission"))
      .map((p) => p.Properties)
      .filter((p) => p.Principal === "sns.amazonaws.com");
    expect(permissions).toEqual([
      expect.objectContaining({
        Action: "lambda:InvokeFunction",
        FunctionName: handlerArn,
        SourceArn: subscriptions[0]?.TopicArn,
      }),
    ]);
  });
});

describe("mail intake", () => {
  it("stores every reply to the reply domain in the inbound bucket", () => {
    template.resourceCountIs("AWS::SES::ReceiptRuleSet", 1);
    template.hasResourceProperties("AWS::SES::ReceiptRule", {
      Rule: {
        Enabled: true,
        Recipients: ["reply.example.com"],
        ScanEnabled: true,
        Actions: [
          {
            S3Action: {
              BucketName: {
                "Fn::GetStackOutput": Match.objectLike({ OutputName: Match.stringLikeRegexp("InboundMail") }),
              },
              ObjectKeyPrefix: "inbound/",
            },
          },
          // Then the inbound handler, asynchronously, so a slow handler never makes SES retry the delivery.
          {
            LambdaAction: {
              FunctionArn: { "Fn::GetAtt": [logicalIdOf(fn("Inbound").fn), "Arn"] },
              InvocationType: "Event",
            },
          },
        ],
      },
    });
  });
});

describe("alarms", () => {
  it("watch errors and throttles of every function, the queues, API 5xx and the reconciler's runs, all mailing the operator", () => {
    const topic = logicalIdOf(synth.stateless.alarms.topic);
    const alarms = Object.values(template.findResources("AWS::CloudWatch::Alarm")).map((a) => a.Properties);
    // Errors and throttles per function, the sender's dead letters, the SES events' and inbound mail's
    // failures, API 5xx, the reconciler's schedule's dead letters and the reconciler not running.
    expect(alarms).toHaveLength(ALL_FUNCTION_IDS.length * 2 + 6);
    for (const alarm of alarms) expect(alarm.AlarmActions).toEqual([{ Ref: topic }]);
    for (const id of ALL_FUNCTION_IDS) {
      const watched = alarms.filter(
        (alarm) =>
          alarm.Namespace === "AWS/Lambda" &&
          JSON.stringify(alarm.Dimensions) ===
            JSON.stringify([{ Name: "FunctionName", Value: { Ref: logicalIdOf(fn(id).fn) } }]),
      );
      // The reconciler is also watched for not running at all (its own file holds that alarm's shape).
      const expected = id === "Reconciler" ? ["Errors", "Invocations", "Throttles"] : ["Errors", "Throttles"];
      expect(watched.map((alarm) => alarm.MetricName).sort()).toEqual(expected);
    }
    expect(
      alarms.filter((alarm) => alarm.Namespace === "AWS/ApiGateway" && alarm.MetricName === "5xx"),
    ).toHaveLength(1);
    template.hasResourceProperties("AWS::SNS::Subscription", {
      Protocol: "email",
      Endpoint: "ops@example.com",
      TopicArn: { Ref: topic },
    });
  });
});
