import type { APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { JSON_HEADERS } from "../../shared/http/json-response.js";

const OK = JSON.stringify({ status: "ok" });

/**
 * GET /health: liveness, nothing else. No middy, no zod: it reads no input and cannot fail, so it
 * carries none of httpRoute's edge and starts like an empty handler.
 */
export const handler = async (): Promise<APIGatewayProxyStructuredResultV2> => ({
  statusCode: 200,
  headers: JSON_HEADERS,
  body: OK,
});
