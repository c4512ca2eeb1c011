import { ASYNC_EVENT_MAX_AGE_HOURS } from "./async-event-max-age-hours.js";
import { FAILURE_QUEUE_RETENTION_DAYS } from "./failure-queue-retention-days.js";

/**
 * A reply the inbound handler still fails waits through Lambda's retries (ASYNC_EVENT_MAX_AGE_HOURS), then
 * in its failure queue (FAILURE_QUEUE_RETENTION_DAYS), and a replay reads its raw mail from the bucket: the
 * mail must outlive both, counted in whole days as the bucket's lifecycle rule counts.
 */
export const MIN_RAW_MAIL_RETENTION_DAYS =
  FAILURE_QUEUE_RETENTION_DAYS + Math.ceil(ASYNC_EVENT_MAX_AGE_HOURS / 24);
