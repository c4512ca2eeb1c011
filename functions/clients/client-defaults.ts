/**
 * Every AWS client is built in this folder, once per container, one file per client so a function's
 * bundle holds only the clients it uses. Endpoints come from the SDK's standard settings
 * (AWS_ENDPOINT_URL_DYNAMODB, AWS_ENDPOINT_URL_SCHEDULER, AWS_ENDPOINT_URL_SESV2): that is how the local
 * stack points this same code at its emulators.
 *
 * A dependency that hangs (accepts the connection, never answers) must cost a request seconds, not the
 * function's whole timeout: an API function has 10 s (infra), and a call that outlives it leaves the
 * caller with a bare 500 while its write may still land. So each attempt is bounded: 1 s to connect,
 * 2.5 s for the whole exchange up to the response headers (`throwOnRequestTimeout`, else the SDK only
 * warns), 2.5 s of silence while a response body trickles in; and 2 attempts. One call therefore gives
 * up after about 5 s (2 x 2.5 s plus a backoff under 0.2 s) with a TimeoutError, which
 * `toDependencyError` maps to 503 + Retry-After, leaving room for one more bounded call (the idempotency
 * record's release) inside the function's 10 s. A healthy DynamoDB, Scheduler or SES call takes
 * milliseconds, so 2.5 s is a hang, not a slow answer.
 */
export const CLIENT_TIMEOUTS = {
  connectionTimeout: 1_000,
  requestTimeout: 2_500,
  throwOnRequestTimeout: true,
  socketTimeout: 2_500,
} as const;

export const CLIENT_MAX_ATTEMPTS = 2;

export const CLIENT_DEFAULTS = {
  maxAttempts: CLIENT_MAX_ATTEMPTS,
  requestHandler: CLIENT_TIMEOUTS,
} as const;

/**
 * The SDK resolves a command's whole middleware stack (copy, sort by step and priority, compose) on every
 * `send` unless the client caches it per command class. Cached, a Scheduler CreateSchedule measured ~180 µs
 * less CPU a call (590 -> 410 µs with a stub transport, 6 interleaved rounds of 4,000 calls, 2026-12-03);
 * registering one interview makes 5 of them. Safe for clients whose stacks nobody changes per call: every
 * client here. lib-dynamodb's document client refuses the setting (its commands resolve to a handler bound to
 * the command instance that built it), so DynamoDB's commands go through the bare client instead
 * (cached-document-client.ts).
 */
export const CACHED_MIDDLEWARE = { cacheMiddleware: true } as const;

/**
 * Takes the SDK's logger middleware out of a client's stack. It runs on every call and, before it calls
 * the logger, filters the call's whole input and output for sensitive fields: work for a logger that,
 * left at the SDK's default, writes nothing. That filter was 2 % of a handler thread's CPU while 10,000
 * steps fired in `npm run bench:load`. No client here logs through the SDK; failures reach our own logs
 * as errors.
 */
export function withoutSdkLogging<C extends { middlewareStack: { remove(name: string): boolean } }>(
  client: C,
): C {
  client.middlewareStack.remove("loggerMiddleware");
  return client;
}
