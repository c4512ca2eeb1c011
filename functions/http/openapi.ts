import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { OPENAPI_GZIP_BASE64 } from "../../shared/api/openapi-gzip.js";
import { JSON_HEADERS } from "../../shared/http/json-response.js";

let text: string | undefined;

/**
 * GET /openapi.json: the document generated at build time (scripts/generate-openapi.ts), as it is. No
 * middy, no zod: the route reads no input and cannot fail, so it needs none of httpRoute's edge. A client
 * that accepts gzip gets the stored bytes; any other the JSON, unzipped once (zlib loaded only then).
 */
export const handler = async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
  const accepts = event.headers?.["accept-encoding"] ?? "";
  if (/\bgzip\b/i.test(accepts)) {
    return {
      statusCode: 200,
      headers: { ...JSON_HEADERS, "content-encoding": "gzip", vary: "accept-encoding" },
      body: OPENAPI_GZIP_BASE64,
      isBase64Encoded: true,
    };
  }
  if (text === undefined) {
    const { gunzipSync } = await import("node:zlib");
    text = gunzipSync(Buffer.from(OPENAPI_GZIP_BASE64, "base64")).toString("utf8");
  }
  return { statusCode: 200, headers: { ...JSON_HEADERS, vary: "accept-encoding" }, body: text };
};
