import { randomUUID } from "node:crypto";

/** The parts of a SendEmail request (SES v2 JSON) a Send event repeats. */
export interface SendEmailRequest {
  FromEmailAddress?: string;
  Destination?: { ToAddresses?: string[]; CcAddresses?: string[]; BccAddresses?: string[] };
  ConfigurationSetName?: string;
  EmailTags?: { Name?: string; Value?: string }[];
}

/**
 * What SNS hands a Lambda subscribed to a configuration set's event topic when SES took an email (the
 * "Send" event, as the SES developer guide shows it): the SES record is a JSON string in `Sns.Message`,
 * with the email's tags (arrays of values) and SES's own `ses:configuration-set` in `mail.tags`.
 */
export function localSendEvent(request: SendEmailRequest, sesMessageId: string, at: Date) {
  const tags: Record<string, string[]> = {
    "ses:configuration-set": [request.ConfigurationSetName ?? ""],
  };
  for (const tag of request.EmailTags ?? []) if (tag.Name && tag.Value) tags[tag.Name] = [tag.Value];
  const d = request.Destination ?? {};
  const message = {
    eventType: "Send",
    mail: {
      timestamp: at.toISOString(),
      messageId: sesMessageId,
      source: request.FromEmailAddress ?? "",
      destination: [...(d.ToAddresses ?? []), ...(d.CcAddresses ?? []), ...(d.BccAddresses ?? [])],
      tags,
    },
    send: {},
  };
  return {
    Records: [
      {
        EventSource: "aws:sns",
        EventVersion: "1.0",
        Sns: {
          Type: "Notification",
          MessageId: randomUUID(),
          TopicArn: "arn:aws:sns:us-east-1:000000000000:followup-mail-events",
          Message: JSON.stringify(message),
          Timestamp: at.toISOString(),
        },
      },
    ],
  };
}
