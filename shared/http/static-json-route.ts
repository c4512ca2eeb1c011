import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { headerValue } from "./header-value.js";
import { headerWeight } from "./header-weight.js";
import { JSON_HEADERS } from "./json-response.js";

/** One JSON document made at build time (such as the OpenAPI document), as text and gzipped in base64. */
export interface StaticJson {
  json: string;
  gzipBase64: string;
}

/**
 * A handler that answers one JSON document made at build time. No middy, no zod: the route reads no input
 * and cannot fail, so it needs none of httpRoute's edge and starts like an empty handler. A client that
 * accepts gzip gets the stored gzip; any other the stored text: nothing is unzipped (loading zlib and
 * unzipping made the openapi Lambda's first request 2.8 times an empty handler's).
 */
export function staticJsonRoute({ json, gzipBase64 }: StaticJson) {
  return async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> =>
    // Named (or as its alias x-gzip) with a weight above 0: `gzip;q=0` refuses it.
    (headerWeight(headerValue(event.headers, "accept-encoding") ?? "", ["gzip", "x-gzip"]) ?? 0) > 0
      ? {
          statusCode: 200,
          headers: { ...JSON_HEADERS, "content-encoding": "gzip", vary: "accept-encoding" },
          body: gzipBase64,
          isBase64Encoded: true,
        }
      : { statusCode: 200, headers: { ...JSON_HEADERS, vary: "accept-encoding" }, body: json };
}
