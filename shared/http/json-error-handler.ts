import type { MiddlewareObj } from "@middy/core";
import type { APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { AppError } from "../errors/app-error.js";
import type { Logger } from "../ports/logger.js";
import { httpStatusOf } from "./error-http-table.js";
import { errorToResponse } from "./error-to-response.js";

/** Middy middleware: every error leaves as a JSON body; unexpected ones are logged with their stack. */
export function jsonErrorHandler(log: Logger): MiddlewareObj<unknown, APIGatewayProxyStructuredResultV2> {
  return {
    name: "jsonErrorHandler",
    onError: (request) => {
      const err = request.error;
      if (!(err instanceof AppError) || httpStatusOf(err.code) >= 500) {
        log.error("request failed", {
          error:
            err instanceof Error ? { name: err.name, message: err.message, stack: err.stack } : String(err),
          cause: err instanceof Error && err.cause instanceof Error ? err.cause.message : undefined,
        });
      }
      request.response = errorToResponse(err);
      return request.response;
    },
  };
}
