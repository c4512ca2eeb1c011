/** The names of the local stack's resources, fixed so a restart on the same data finds them again. */
export const LOCAL_REGION = "us-east-1";
export const LOCAL_ACCOUNT = "000000000000";
export const LOCAL_TABLE = "followups";
export const LOCAL_SCHEDULE_GROUP = "followups";
export const LOCAL_INBOUND_BUCKET = "followup-inbound-local";
export const LOCAL_INBOUND_PREFIX = "inbound/";
export const LOCAL_REPLY_DOMAIN = "reply.followup.local";
/** The configuration set the local SES front publishes Send events for (start-ses-event-publisher.ts). */
export const LOCAL_CONFIGURATION_SET = "followup-local";
export const SENDER_ARN = `arn:aws:lambda:${LOCAL_REGION}:${LOCAL_ACCOUNT}:function:followup-sender`;
