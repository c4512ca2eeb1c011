/** What a deployed HTTP function finds in its environment; set before a handler module is imported. */
export const HANDLER_ENV = {
  TABLE_NAME: "followups-test",
  SCHEDULE_GROUP_NAME: "followups-steps",
  SENDER_FUNCTION_ARN: "arn:aws:lambda:us-east-1:123456789012:function:sender",
  SCHEDULER_ROLE_ARN: "arn:aws:iam::123456789012:role/scheduler-invokes-sender",
  SENDER_DLQ_ARN: "arn:aws:sqs:us-east-1:123456789012:sender-dlq",
  MAIL_FROM_ADDRESS: "followups@mail.example.com",
  REPLY_DOMAIN: "reply.example.com",
  AWS_REGION: "us-east-1",
  AWS_ACCESS_KEY_ID: "AKIDEXAMPLE",
  AWS_SECRET_ACCESS_KEY: "test-secret",
} as const;

export function setHandlerEnv(): void {
  Object.assign(process.env, HANDLER_ENV);
}
