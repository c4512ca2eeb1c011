/**
 * How long Lambda keeps retrying an asynchronous event (SES receipt, SNS) before it goes to the handler's
 * failure queue: Lambda's default and maximum, set explicitly so that what must outlast it (the raw mail a
 * replay reads) is checked against the value deployed, not against a default nothing in the app states.
 */
export const ASYNC_EVENT_MAX_AGE_HOURS = 6;
