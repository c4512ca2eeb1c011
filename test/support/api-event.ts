import type { APIGatewayProxyEventV2WithJWTAuthorizer, Context } from "aws-lambda";
import type { HttpResult } from "../../shared/http/http-route.js";

export interface ApiEventInput {
  method?: string;
  path?: string;
  /** An object is sent as JSON; a string as is. */
  body?: unknown;
  headers?: Record<string, string>;
  /** The JWT subject; `null` for a request with no `sub` claim. */
  sub?: string | null;
  pathParameters?: Record<string, string>;
  query?: Record<string, string>;
  isBase64Encoded?: boolean;
}

/** What API Gateway (HTTP API, payload 2.0, JWT authorizer) hands a Lambda. */
export function apiEvent(input: ApiEventInput = {}): APIGatewayProxyEventV2WithJWTAuthorizer {
  const method = input.method ?? "GET";
  const path = input.path ?? "/";
  const body =
    input.body === undefined
      ? undefined
      : typeof input.body === "string"
        ? input.body
        : JSON.stringify(input.body);
  const headers: Record<string, string> = {
    host: "api.example.test",
    ...(body !== undefined ? { "content-type": "application/json" } : {}),
    ...input.headers,
  };
  const claims: Record<string, string> = { iss: "https://issuer.example.test", aud: "followups" };
  const sub = input.sub === undefined ? "user-1" : input.sub;
  if (sub !== null) claims.sub = sub;
  return {
    version: "2.0",
    routeKey: `${method} ${path}`,
    rawPath: path,
    rawQueryString: new URLSearchParams(input.query ?? {}).toString(),
    headers,
    ...(input.query ? { queryStringParameters: input.query } : {}),
    ...(input.pathParameters ? { pathParameters: input.pathParameters } : {}),
    ...(body !== undefined ? { body } : {}),
    isBase64Encoded: input.isBase64Encoded ?? false,
    requestContext: {
      accountId: "123456789012",
      apiId: "api",
      domainName: "api.example.test",
      domainPrefix: "api",
      http: { method, path, protocol: "HTTP/1.1", sourceIp: "203.0.113.7", userAgent: "vitest" },
      requestId: "req-1",
      routeKey: `${method} ${path}`,
      stage: "$default",
      time: "23/Nov/2026:20:00:00 +0000",
      timeEpoch: 1795464000000,
      authorizer: { principalId: "", integrationLatency: 0, jwt: { claims, scopes: [] } },
    },
  };
}

export interface ApiResponse {
  statusCode: number;
  headers: Record<string, string>;
  /** The raw body as sent. */
  text: string | undefined;
  /** The body parsed as JSON, when there is one. */
  json: unknown;
}

type Handler = (event: APIGatewayProxyEventV2WithJWTAuthorizer, context: Context) => Promise<HttpResult>;

/** Calls a Lambda handler the way API Gateway would and reads its answer. */
export async function invoke(
  handler: Handler,
  event: APIGatewayProxyEventV2WithJWTAuthorizer,
): Promise<ApiResponse> {
  const result = await handler(event, {} as Context);
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(result.headers ?? {})) headers[k.toLowerCase()] = String(v);
  const text = result.body;
  return {
    statusCode: result.statusCode ?? 200,
    headers,
    text,
    json: text === undefined ? undefined : JSON.parse(text),
  };
}

/** The `error` object of a JSON error body. */
export function errorOf(response: ApiResponse): {
  code: string;
  message: string;
  issues?: { field: string; problem: string }[];
} {
  const body = response.json as { error?: { code: string; message: string } } | undefined;
  if (!body?.error) throw new Error(`not an error body: ${response.text}`);
  return body.error;
}
