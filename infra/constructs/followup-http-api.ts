import { Duration, RemovalPolicy, Validations } from "aws-cdk-lib";
import { AccessLogFormat } from "aws-cdk-lib/aws-apigateway";
import * as apigwv2 from "aws-cdk-lib/aws-apigatewayv2";
import { HttpJwtAuthorizer } from "aws-cdk-lib/aws-apigatewayv2-authorizers";
import { HttpLambdaIntegration } from "aws-cdk-lib/aws-apigatewayv2-integrations";
import type * as lambda from "aws-cdk-lib/aws-lambda";
import * as logs from "aws-cdk-lib/aws-logs";
import { Construct } from "constructs";
import type { ApiRoute } from "../../shared/api/api-routes.js";
import type { JwtSettings } from "../config/deploy-settings.js";

/** One JSON line per request: no headers or bodies (so no tokens or mail content); callers appear only as their JWT subject. */
const ACCESS_LOG_FORMAT = AccessLogFormat.custom(
  JSON.stringify({
    requestId: "$context.requestId",
    requestTime: "$context.requestTime",
    ip: "$context.identity.sourceIp",
    method: "$context.httpMethod",
    routeKey: "$context.routeKey",
    status: "$context.status",
    latencyMs: "$context.responseLatency",
    responseLength: "$context.responseLength",
    subject: "$context.authorizer.claims.sub",
    authorizerError: "$context.authorizer.error",
    integrationError: "$context.integrationErrorMessage",
  }),
);

/** Why a route without the JWT authorizer is acceptable; reviewed per kind of access. */
function publicRouteReason(route: ApiRoute): string {
  const name = `${route.method} ${route.path}`;
  if (route.access.table === "none" && route.access.schedules === "none" && !route.access.secret)
    return `${name} is public by design (API_ROUTES auth: false): it serves no user data and touches no table or schedule.`;
  if (route.path.startsWith("/manage/"))
    return `${name} is public by design (the stop/snooze link in a reminder must work from any mail client without signing in); the HMAC-signed manage token in the path names one interview and is the capability, verified in constant time before anything is read or written, a bad token answers 404, and ${route.method === "GET" ? "the page only reads" : "the POST can only stop or snooze that chain"}.`;
  if (route.path.startsWith("/calendar/"))
    return `${name} is public by necessity (calendar apps subscribe to a feed URL without signing in); the HMAC-signed token in the path names one owner and a feed generation stored on the table, is verified in constant time before anything is read, a bad or revoked token answers 404, and the route only reads.`;
  return `${name} is public by necessity (RFC 8058 one-click unsubscribe: the contact has no account); the HMAC-signed token in the path is the capability, verified in constant time before anything is read or written, and a bad token answers 404.`;
}

export interface RouteHandler {
  route: ApiRoute;
  fn: lambda.IFunction;
}

export interface FollowupHttpApiProps {
  /** One per route of API_ROUTES, each with the function built for it. */
  handlers: readonly RouteHandler[];
  jwt: JwtSettings;
  /** Empty: no CORS headers at all (the API is then for non-browser clients). */
  allowedOrigins: readonly string[];
  rateLimit: number;
  burstLimit: number;
  logRetentionDays: number;
}

/**
 * The HTTP API: one route and one Lambda integration per entry of API_ROUTES, the JWT authorizer on the
 * routes that need a caller, throttling and JSON access logs on the `$default` stage.
 */
export class FollowupHttpApi extends Construct {
  readonly api: apigwv2.HttpApi;
  readonly stage: apigwv2.HttpStage;
  readonly routes: apigwv2.HttpRoute[] = [];

  constructor(scope: Construct, id: string, props: FollowupHttpApiProps) {
    super(scope, id);
    const methods = [...new Set(props.handlers.map(({ route }) => apigwv2.CorsHttpMethod[route.method]))];
    this.api = new apigwv2.HttpApi(this, "Api", {
      description: "Follow-up scheduler API",
      // The default stage cannot be given throttling or access logs, so the stage is declared below.
      createDefaultStage: false,
      corsPreflight:
        props.allowedOrigins.length === 0
          ? undefined
          : {
              allowOrigins: [...props.allowedOrigins],
              allowMethods: methods,
              // Idempotency-Key makes a browser's retried write safe, If-Match its edit of a stale copy; a
              // browser may read the answers' Location, Retry-After (503, 409 in progress),
              // Idempotent-Replayed and ETag (the copy's tag for If-Match) only if they are exposed.
              allowHeaders: ["authorization", "content-type", "idempotency-key", "if-match"],
              exposeHeaders: ["location", "retry-after", "idempotent-replayed", "etag"],
              maxAge: Duration.hours(1),
            },
    });
    const accessLogs = new logs.LogGroup(this, "AccessLogs", {
      retention: props.logRetentionDays as logs.RetentionDays,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.stage = this.api.addStage("DefaultStage", {
      stageName: "$default",
      autoDeploy: true,
      throttle: { rateLimit: props.rateLimit, burstLimit: props.burstLimit },
      accessLogSettings: {
        destination: new apigwv2.LogGroupLogDestination(accessLogs),
        format: ACCESS_LOG_FORMAT,
      },
    });
    const authorizer = new HttpJwtAuthorizer("JwtAuthorizer", props.jwt.issuer, {
      jwtAudience: props.jwt.audience,
    });
    for (const { route, fn } of props.handlers) {
      const integration = new HttpLambdaIntegration(`${route.method}${route.path}Integration`, fn);
      const routes = this.api.addRoutes({
        path: route.path,
        methods: [apigwv2.HttpMethod[route.method]],
        integration,
        ...(route.auth ? { authorizer } : {}),
      });
      if (!route.auth) {
        for (const public_ of routes) {
          Validations.of(public_).acknowledge({
            id: "AwsSolutions::AwsSolutions-APIG4",
            reason: publicRouteReason(route),
          });
        }
      }
      this.routes.push(...routes);
    }
  }

  /** The base URL clients call. */
  get url(): string {
    return this.stage.url;
  }
}
