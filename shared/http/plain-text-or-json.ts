import type { APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { headerValue } from "./header-value.js";
import { headerWeight } from "./header-weight.js";
import { jsonResponse } from "./json-response.js";

/**
 * Whether the caller reads the answer as a person, in a browser: its Accept weighs text/html or text/plain
 * above 0 and above application/json (a form post from one of our pages), rather than an API client (axios
 * asks for application/json, text/plain and any type alike: a tie, so JSON) or a mail client's one-click POST.
 */
export function prefersPlainText(event: { headers?: Readonly<Record<string, string | undefined>> | null }) {
  const accept = headerValue(event.headers, "accept") ?? "";
  const text = headerWeight(accept, ["text/html", "text/plain"]) ?? 0;
  return text > 0 && text > (headerWeight(accept, ["application/json"]) ?? 0);
}

/**
 * Content negotiation for the routes a page's button and an API client both call: a person gets `text`
 * as plain text (never sniffed as HTML), anyone else `json`, both with status 200.
 */
export function plainTextOrJson(
  event: { headers?: Readonly<Record<string, string | undefined>> | null },
  answer: { text: string; json: unknown },
): APIGatewayProxyStructuredResultV2 {
  if (!prefersPlainText(event)) return jsonResponse(200, answer.json);
  return {
    statusCode: 200,
    headers: {
      "content-type": "text/plain; charset=utf-8",
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
    body: answer.text,
  };
}
