import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { headerValue } from "./header-value.js";
import { JSON_HEADERS } from "./json-response.js";

/** One JSON document made at build time (such as the OpenAPI document), as text and gzipped in base64. */
export interface StaticJson {
  json: string;
  gzipBase64: string;
}

/**
 * Whether an Accept-Encoding takes gzip: it names gzip (or its alias x-gzip) with a weight above 0. A
 * weight of 0 is a refusal (RFC 9110 12.5.3): `gzip;q=0` got the gzip it refused, unreadable to it.
 */
function acceptsGzip(acceptEncoding: string): boolean {
  return acceptEncoding.split(",").some((entry) => {
    const [coding, ...params] = entry.split(";").map((part) => part.trim().toLowerCase());
    if (coding !== "gzip" && coding !== "x-gzip") return false;
    const weight = params.find((param) => /^q\s*=/.test(param));
    return weight === undefined || Number(weight.replace(/^q\s*=\s*/, "")) > 0;
  });
}

/**
 * A handler that answers one JSON document made at build time. No middy, no zod: the route reads no input
 * and cannot fail, so it needs none of httpRoute's edge and starts like an empty handler. A client that
 * accepts gzip gets the stored gzip; any other the stored text: nothing is unzipped (loading zlib and
 * unzipping made the openapi Lambda's first request 2.8 times an empty handler's).
 */
export function staticJsonRoute({ json, gzipBase64 }: StaticJson) {
  return async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> =>
    acceptsGzip(headerValue(event.headers, "accept-encoding") ?? "")
      ? {
          statusCode: 200,
          headers: { ...JSON_HEADERS, "content-encoding": "gzip", vary: "accept-encoding" },
          body: gzipBase64,
          isBase64Encoded: true,
        }
      : { statusCode: 200, headers: { ...JSON_HEADERS, vary: "accept-encoding" }, body: json };
}
