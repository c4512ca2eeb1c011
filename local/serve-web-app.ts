import { readFile, stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, normalize, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};

/**
 * Nothing but our own origin: no inline scripts or styles, no external fonts, scripts or trackers, and the
 * page may not be framed. The API is same-origin locally, so `connect-src 'self'` is all it needs.
 */
export const WEB_APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const SECURITY_HEADERS = {
  "content-security-policy": WEB_APP_CSP,
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
};

/** Paths the web app owns; every other path stays the API's (an unknown one answers its JSON 404). */
function isAppRoute(pathname: string): boolean {
  return pathname === "/" || pathname === "/app" || pathname.startsWith("/app/");
}

/** A loopback Host header as the browser sent it, so the app's API URL is the origin it was opened on. */
function ownOrigin(req: IncomingMessage, fallback: string): string {
  const host = req.headers.host ?? "";
  return /^(127\.0\.0\.1|localhost|\[::1\]):\d{1,5}$/.test(host) ? `http://${host}` : fallback;
}

function decodePath(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
}

/**
 * Serves the built web app (web/dist) for GET and HEAD of the paths it owns: `/` and `/app/...` get
 * index.html (the app routes itself), `/assets/...` the hashed bundles with a year's cache, other files at
 * the top of web/dist as they are, and `/config.json` where the app finds the API. Answers false for any
 * other request, which the gateway then routes to the API.
 */
export function webAppServer(options: { dir: string; apiUrl: () => string }) {
  const root = normalize(options.dir + sep);
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    const { pathname } = url;
    const write = (status: number, headers: Record<string, string>, body: Buffer | string) => {
      res.writeHead(status, { ...SECURITY_HEADERS, ...headers });
      res.end(req.method === "HEAD" ? undefined : body);
    };
    if (pathname === "/config.json") {
      const config = { apiUrl: ownOrigin(req, options.apiUrl()), auth: { kind: "token" } };
      write(
        200,
        { "content-type": TYPES[".json"] ?? "", "cache-control": "no-cache" },
        JSON.stringify(config),
      );
      return true;
    }
    const asset = pathname.startsWith("/assets/") || /^\/[\w.-]+\.\w+$/.test(pathname);
    if (!asset && !isAppRoute(pathname)) return false;
    if (asset && pathname === "/index.html") return false;
    const decoded = asset ? decodePath(pathname) : "/index.html";
    if (decoded === undefined) return false;
    const file = normalize(join(root, decoded));
    if (!file.startsWith(root)) return false;
    const found = await stat(file).then(
      (s) => s.isFile(),
      () => false,
    );
    if (!found) {
      if (asset) return false;
      write(
        404,
        { "content-type": TYPES[".txt"] ?? "" },
        "The web app is not built: run `npm run build:web` (npm ci does it too).\n",
      );
      return true;
    }
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    // Bundles under /assets/ are named by their content hash: they never change, so cache them for a year.
    const cache = pathname.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache";
    write(200, { "content-type": type, "cache-control": cache }, await readFile(file));
    return true;
  };
}
