import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { join } from "node:path";
import type { APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import type { JWTPayload } from "jose";
import { API_ROUTES, type ApiRoute } from "../shared/api/api-routes.js";
import {
  AppError,
  NotFoundError,
  PayloadTooLargeError,
  UnauthorizedError,
  ValidationError,
} from "../shared/errors/app-error.js";
import { closeServer } from "./close-server.js";
import { entryFunctionName } from "./entry-function-name.js";
import { errorAnswer } from "./error-answer.js";
import { listenOn } from "./listen-on.js";
import type { LocalJwt } from "./local-jwt.js";
import { readBodyUpTo } from "./read-body-up-to.js";
import { REPO_ROOT } from "./repo-root.js";
import { webAppServer } from "./serve-web-app.js";
import { toGatewayEvent } from "./to-gateway-event.js";

// API Gateway's own payload limit (HTTP API: 10 MB). Anything under it reaches the route, which answers
// with its own, far lower limit (64 KB for JSON, 4 KB for a manage form), as in AWS; a lower cap here
// answered a 2 MB body with "larger than 1048576 bytes", a limit no route has.
const MAX_BODY_BYTES = 10 * 1024 * 1024;

/** Extra local-only routes (clock control...): return undefined to fall through to the API. */
export type LocalRoute = (
  req: IncomingMessage,
  url: URL,
  body: Buffer,
) => Promise<{ status: number; body: unknown } | undefined>;

interface CompiledRoute {
  route: ApiRoute;
  pattern: RegExp;
  names: string[];
}

function compile(route: ApiRoute): CompiledRoute {
  const names: string[] = [];
  const source = route.path
    .split("/")
    .map((segment) => {
      const param = /^\{(\w+)\}$/.exec(segment)?.[1];
      if (param) {
        names.push(param);
        return "([^/]+)";
      }
      return segment.replace(/[.*+?^$()|[\]\\{}]/g, "\\$&");
    })
    .join("/");
  return { route, pattern: new RegExp(`^${source}$`), names };
}

/** Path parameters, percent-decoded; undefined when one is not valid percent-encoding (answered 404). */
function decodeParams(names: string[], match: RegExpExecArray): Record<string, string> | undefined {
  try {
    return Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(match[i + 1] ?? "")]));
  } catch {
    return undefined;
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(text);
}

/** An error as the service answers it (see errorAnswer), plus any header the gateway adds. */
function sendError(res: ServerResponse, err: unknown, headers: Record<string, string> = {}) {
  const answer = errorAnswer(err);
  send(res, answer.status, answer.body, { ...answer.headers, ...headers });
}

/**
 * The local stand-in for API Gateway's HTTP API: routes by the same table as the CDK app, verifies the
 * bearer JWT like a JWT authorizer does, and calls the very handler module the Lambda runs with a
 * payload-format-2.0 event.
 */
export async function startLocalGateway(options: {
  port: number;
  host?: string;
  jwt: LocalJwt;
  localRoutes?: LocalRoute[];
  /** The built web app served at `/` (default web/dist of this checkout). */
  webDir?: string;
  log?: (line: string) => void;
  /** Runs a route's handler (the stack's invoker: on a handler thread, or imported and run on this one). */
  invoke: (entry: string, event: unknown, functionName: string) => Promise<unknown>;
}): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  const routes = API_ROUTES.map(compile);
  let ownUrl = "";
  const webApp = webAppServer({
    dir: options.webDir ?? join(REPO_ROOT, "web", "dist"),
    apiUrl: () => ownUrl,
  });

  const server = createServer(async (req, res) => {
    try {
      // Not `new URL(path, base)`: a path starting with `//` would be read as a host (`//x` -> http://x/).
      const path = req.url?.startsWith("/") ? req.url : "/";
      const url = URL.canParse(`http://localhost${path}`) ? new URL(`http://localhost${path}`) : undefined;
      if (!url)
        return sendError(
          res,
          new ValidationError([{ field: "path", problem: "is not a valid request path" }]),
        );
      const body = await readBodyUpTo(req, MAX_BODY_BYTES);
      if (!body) return sendError(res, new PayloadTooLargeError(MAX_BODY_BYTES));
      for (const local of options.localRoutes ?? []) {
        const answer = await local(req, url, body);
        if (answer) return send(res, answer.status, answer.body);
      }
      let matched: { c: CompiledRoute; params: Record<string, string> } | undefined;
      for (const c of routes) {
        if (c.route.method !== req.method) continue;
        const m = c.pattern.exec(url.pathname);
        if (m) {
          const params = decodeParams(c.names, m);
          if (!params) break;
          matched = { c, params };
          break;
        }
      }
      if (!matched && (await webApp(req, res, url))) return;
      if (!matched) return sendError(res, new NotFoundError(`Route ${req.method} ${url.pathname}`));
      const { route } = matched.c;
      let claims: JWTPayload | undefined;
      if (route.auth) {
        const header = req.headers.authorization ?? "";
        const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
        try {
          if (!token) throw new Error("missing");
          claims = await options.jwt.verify(token);
        } catch {
          return sendError(res, new UnauthorizedError(), { "www-authenticate": "Bearer" });
        }
      }
      const event = toGatewayEvent({
        req,
        url,
        body,
        routeKey: `${route.method} ${route.path}`,
        pathParameters: matched.params,
        ...(claims ? { claims } : {}),
      });
      const result = (await options.invoke(
        route.entry,
        event,
        entryFunctionName(route.entry),
      )) as APIGatewayProxyStructuredResultV2;
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(result.headers ?? {})) headers[k] = String(v);
      res.writeHead(result.statusCode ?? 200, headers);
      res.end(result.body ? Buffer.from(result.body, result.isBase64Encoded ? "base64" : "utf8") : undefined);
    } catch (err) {
      // API Gateway answers a crashed integration with a bare 500; so do we, and log why.
      options.log?.(
        `gateway: handler failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
      );
      if (!res.headersSent) sendError(res, new AppError("internal_error", "the handler failed"));
      else res.end();
    }
  });
  const port = await listenOn(server, options.port, options.host);
  ownUrl = `http://127.0.0.1:${port}`;
  return {
    url: ownUrl,
    server,
    close: () => closeServer(server),
  };
}
