import type { ErrorCode } from "../errors/error-codes.js";
import { ERROR_HTTP } from "../http/error-http-table.js";
import { isFinalStatus } from "../http/with-idempotency.js";

/** REPLAYED_HEADER (with-idempotency.ts), as HTTP documents write header names. */
const replayedHeader = {
  "Idempotent-Replayed": {
    description:
      "`true` when this is the first answer to a request with the same Idempotency-Key, given again (nothing was changed this time)",
    schema: { type: "string", enum: ["true"] },
  },
};

/** Answered by the body parser, before the Idempotency-Key is looked at: never kept, so never replayed. */
const BEFORE_THE_KEY: readonly ErrorCode[] = [
  "malformed_json",
  "unsupported_media_type",
  "payload_too_large",
];

/**
 * An idempotent operation's answers, those a retry with the same Idempotency-Key can get again naming the
 * header that says so: its successes, and the statuses of `ownErrors` (the codes the route's work raises)
 * that are final answers (isFinalStatus). Built the same way for an operation and for the named answers
 * under `components`, so that shared ones are still referenced rather than repeated.
 */
export function withReplayedHeader(
  responses: Record<string, unknown>,
  ownErrors: readonly ErrorCode[],
): Record<string, unknown> {
  const replayable = new Set(
    ownErrors.filter((code) => !BEFORE_THE_KEY.includes(code)).map((code) => ERROR_HTTP[code].status),
  );
  return Object.fromEntries(
    Object.entries(responses).map(([key, response]) => {
      const status = Number(key);
      if (!isFinalStatus(status) || (status >= 400 && !replayable.has(status))) return [key, response];
      const { headers, ...rest } = response as { headers?: Record<string, unknown> };
      return [key, { ...rest, headers: { ...headers, ...replayedHeader } }];
    }),
  );
}
