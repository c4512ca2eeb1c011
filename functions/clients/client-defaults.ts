/**
 * Every AWS client is built in this folder, once per container, one file per client so a function's
 * bundle holds only the clients it uses. Endpoints come from the SDK's standard settings
 * (AWS_ENDPOINT_URL_DYNAMODB, AWS_ENDPOINT_URL_SCHEDULER, AWS_ENDPOINT_URL_SESV2): that is how the local
 * stack points this same code at its emulators. Few retries: a request that cannot reach a service
 * should answer 503 within seconds, not hang.
 */
export const CLIENT_DEFAULTS = { maxAttempts: 3 } as const;
