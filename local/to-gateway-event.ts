import { isUtf8 } from "node:buffer";
import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from "aws-lambda";
import type { JWTPayload } from "jose";

export interface GatewayRequest {
  req: IncomingMessage;
  url: URL;
  body: Buffer;
  routeKey: string;
  pathParameters: Record<string, string>;
  claims?: JWTPayload;
}

/** What API Gateway (HTTP API, payload format 2.0) hands a Lambda for this request. */
export function toGatewayEvent(input: GatewayRequest): APIGatewayProxyEventV2WithJWTAuthorizer {
  const { req, url, body } = input;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(",") : value;
  }
  // A Map, then own properties: on a plain object `?__proto__=x` vanished and `?constructor=y` was joined
  // to the inherited function's source; API Gateway hands both over as parameters, which the route refuses.
  const joined = new Map<string, string>();
  for (const [k, v] of url.searchParams) {
    const earlier = joined.get(k);
    joined.set(k, earlier === undefined ? v : `${earlier},${v}`);
  }
  const query: Record<string, string> = Object.fromEntries(joined);
  const now = new Date();
  const contentType = headers["content-type"] ?? "";
  // A text type whose bytes are not UTF-8 goes as bytes (base64): decoded here it would reach the handler
  // with U+FFFD in place of them, and the handler could not refuse it as it does on AWS.
  const isText =
    body.length === 0 ||
    (/^(text\/|application\/(json|[a-z.+-]*\+json|x-www-form-urlencoded))/i.test(contentType) &&
      isUtf8(body));
  const claims: Record<string, string | number | boolean | string[]> = {};
  for (const [k, v] of Object.entries(input.claims ?? {})) {
    if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") claims[k] = v;
    else if (Array.isArray(v)) claims[k] = v.map(String);
  }
  return {
    version: "2.0",
    routeKey: input.routeKey,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers,
    ...(Object.keys(query).length ? { queryStringParameters: query } : {}),
    ...(Object.keys(input.pathParameters).length ? { pathParameters: input.pathParameters } : {}),
    ...(body.length ? { body: isText ? body.toString("utf8") : body.toString("base64") } : {}),
    isBase64Encoded: !isText,
    requestContext: {
      accountId: "000000000000",
      apiId: "local",
      domainName: headers.host ?? "127.0.0.1",
      domainPrefix: "local",
      http: {
        method: req.method ?? "GET",
        path: url.pathname,
        protocol: `HTTP/${req.httpVersion}`,
        sourceIp: req.socket.remoteAddress ?? "127.0.0.1",
        userAgent: headers["user-agent"] ?? "",
      },
      requestId: randomUUID(),
      routeKey: input.routeKey,
      stage: "$default",
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
      authorizer: { principalId: "", integrationLatency: 0, jwt: { claims, scopes: [] } },
    },
  } as APIGatewayProxyEventV2WithJWTAuthorizer;
}
