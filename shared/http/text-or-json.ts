import type { HttpEvent, HttpResult } from "./http-route.js";
import { jsonResponse } from "./json-response.js";

/**
 * A 200 answer for both kinds of caller of a link route: a person who pressed a page's button (the
 * browser asks for text/html or text/plain) reads `text`; an API client or mail client gets `json`.
 */
export function textOrJson(event: HttpEvent, text: string, json: unknown): HttpResult {
  const accept = Object.entries(event.headers ?? {}).find(([k]) => k.toLowerCase() === "accept")?.[1] ?? "";
  if (!/text\/(html|plain)/i.test(accept)) return jsonResponse(200, json);
  return {
    statusCode: 200,
    headers: {
      "content-type": "text/plain; charset=utf-8",
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
    body: text,
  };
}
