import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { JSON_HEADERS } from "./json-response.js";

/**
 * A handler that answers one JSON document stored gzipped in base64 (made at build time, such as
 * shared/api/openapi-gzip.ts). No middy, no zod: the route reads no input and cannot fail, so it needs
 * none of httpRoute's edge and starts like an empty handler. A client that accepts gzip gets the stored
 * bytes; any other the JSON, unzipped once (zlib loaded only then).
 */
export function gzippedJsonRoute(gzipBase64: string) {
  let text: string | undefined;
  return async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
    if (/\bgzip\b/i.test(event.headers?.["accept-encoding"] ?? "")) {
      return {
        statusCode: 200,
        headers: { ...JSON_HEADERS, "content-encoding": "gzip", vary: "accept-encoding" },
        body: gzipBase64,
        isBase64Encoded: true,
      };
    }
    if (text === undefined) {
      const { gunzipSync } = await import("node:zlib");
      text = gunzipSync(Buffer.from(gzipBase64, "base64")).toString("utf8");
    }
    return { statusCode: 200, headers: { ...JSON_HEADERS, vary: "accept-encoding" }, body: text };
  };
}
