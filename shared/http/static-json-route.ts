import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { readShippedFile } from "../domain/shipped-file.js";
import { headerValue } from "./header-value.js";
import { headerWeight } from "./header-weight.js";
import { JSON_HEADERS } from "./json-response.js";

/**
 * One JSON document made at build time (such as the OpenAPI document), as two text files shipped beside
 * the code, each a path relative to the directory `dir`: the JSON, and the same JSON gzipped, in base64.
 */
export interface StaticJsonFiles {
  /** The `import.meta.dirname` of the module the paths are relative to. */
  dir: string;
  json: string;
  gzipBase64: string;
}

/**
 * A handler that answers one JSON document made at build time. No middy, no zod: the route reads no input,
 * so it needs none of httpRoute's edge and starts like an empty handler. A client that accepts gzip gets
 * the stored gzip; any other the stored text: nothing is unzipped (loading zlib and unzipping made the
 * openapi Lambda's first request 2.8 times an empty handler's). Each file is read on the first request
 * that needs it and kept: held in the bundle as string constants instead, their 82 KB made V8's read of
 * the module 1.6 times an empty handler's init. A file that was not shipped fails the request, naming it.
 */
export function staticJsonRoute(files: StaticJsonFiles) {
  let json: string | undefined;
  let gzipBase64: string | undefined;
  return async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
    // Named (or as its alias x-gzip) with a weight above 0: `gzip;q=0` refuses it.
    if ((headerWeight(headerValue(event.headers, "accept-encoding") ?? "", ["gzip", "x-gzip"]) ?? 0) > 0) {
      gzipBase64 ??= readShippedFile(files.dir, files.gzipBase64);
      return {
        statusCode: 200,
        headers: { ...JSON_HEADERS, "content-encoding": "gzip", vary: "accept-encoding" },
        body: gzipBase64,
        isBase64Encoded: true,
      };
    }
    json ??= readShippedFile(files.dir, files.json);
    return { statusCode: 200, headers: { ...JSON_HEADERS, vary: "accept-encoding" }, body: json };
  };
}
