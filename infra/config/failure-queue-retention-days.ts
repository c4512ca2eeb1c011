/**
 * How long a dead-letter or failure queue keeps a message: the longest SQS allows. Settings that must
 * outlast a replay from such a queue (the raw mail a failed reply's replay reads) are checked against it.
 */
export const FAILURE_QUEUE_RETENTION_DAYS = 14;
